import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { NotificationLogEntry } from '@/api/contract/tracking';
import { Badge } from '@/components/badge';
import { ErrorState, SkeletonRows } from '@/components/states';
import { useOrderNotifications } from '../../api/order-notifications';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Section } from './section';

function LogEntry({ entry, timeZone }: { entry: NotificationLogEntry; timeZone: string }) {
  const { t } = useTranslation(['orders', 'tracking-events']);
  const format = useOrderFormatting();
  return (
    <li className="flex flex-col gap-1 py-3 text-sm first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Badge tone={entry.channel === 'sms' ? 'teal' : 'info'}>
          {t(`tracking-events:channel.${entry.channel}`)}
        </Badge>
        <span className="font-medium text-slate-900">
          {t(`tracking-events:notification.${entry.kind}`)}
        </span>
        <span className="text-xs text-slate-600">
          {t('detail.notificationTo', { to: entry.to })}
        </span>
      </div>
      {entry.subject !== null && (
        <p className="font-medium break-words text-slate-800">
          {t('detail.subject', { subject: entry.subject })}
        </p>
      )}
      <p
        lang={entry.locale}
        className="rounded border border-slate-100 bg-slate-50 px-2.5 py-1.5 break-words whitespace-pre-wrap text-slate-800"
      >
        {entry.body}
      </p>
      <p className="text-xs text-slate-500">
        <time dateTime={entry.at}>{format.dateTime(entry.at, timeZone)}</time>
        {' · '}
        {entry.trigger === 'automatic' || !entry.by
          ? t('detail.automatic')
          : t('detail.sentBy', { name: entry.by.name })}
      </p>
    </li>
  );
}

/** What the customer was told about their parcels, and how: the messages as sent, newest first. */
export function NotificationsCard({ order }: { order: Order }) {
  const { t } = useTranslation(['orders', 'tracking-events']);
  const log = useOrderNotifications(order.id);
  return (
    <Section title={t('detail.notifications')}>
      {log.isPending ? (
        <SkeletonRows rows={2} />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} className="py-6" />
      ) : log.data.items.length === 0 ? (
        <p className="text-sm text-slate-500">{t('detail.noNotifications')}</p>
      ) : (
        <ol
          aria-label={t('detail.notificationsList')}
          className="flex flex-col divide-y divide-slate-100"
        >
          {log.data.items.map((entry) => (
            <LogEntry key={entry.id} entry={entry} timeZone={order.timeZone} />
          ))}
        </ol>
      )}
    </Section>
  );
}
