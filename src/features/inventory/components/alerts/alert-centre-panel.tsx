import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '@/i18n';
import type { AlertQuery, StockAlert } from '@/api/contract/inventory';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button, buttonClasses } from '@/components/button';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { formatDateTime, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useAcknowledgeAlert } from '../../api/alerts-mutations';
import { useAlerts } from '../../api/alerts-queries';
import { useLocations } from '../../api/list-locations';
import { timeAgo } from '../../lib/alert-time';
import { AlertLevelBadge } from './alert-level-badge';
import { describeAlertProblem } from './alert-problem';
import { SnoozeForm } from './snooze-form';

/** The newest open alerts; the list page has the rest. */
const PANEL_QUERY: AlertQuery = { state: ['open'], page: 1, pageSize: 8 };

interface AlertCentrePanelProps {
  id: string;
  open: boolean;
  /** The badge's count, shown in the heading while the list loads. */
  openCount: number | undefined;
  onClose: (returnFocus: boolean) => void;
}

/**
 * A non-modal panel under the bell: focus moves into it on opening. The bell closes it (Escape,
 * focus or a click going elsewhere; see AlertCentreButton).
 */
export function AlertCentrePanel(props: AlertCentrePanelProps) {
  return props.open ? <PanelContent {...props} /> : null;
}

function PanelContent({ id, openCount, onClose }: AlertCentrePanelProps) {
  const { t, i18n } = useTranslation('stock-alerts');
  const locale = i18n.language;
  const alerts = useAlerts(PANEL_QUERY);
  const locations = useLocations();
  const { timeZone: defaultTimeZone } = useRuntimeConfig();
  const panelRef = useRef<HTMLDivElement>(null);
  const [snoozingId, setSnoozingId] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const titleId = `${id}-title`;
  const items = alerts.data?.items;
  const total = alerts.data?.total ?? openCount;

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  const timeZoneOf = (locationId: string) =>
    locations.data?.find((location) => location.id === locationId)?.timeZone ?? defaultTimeZone;

  /** An item that was handled leaves the list; focus stays in the panel instead of falling to the page. */
  const refocus = () => panelRef.current?.focus();

  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="absolute top-full right-0 z-50 mt-1.5 flex max-h-[70vh] w-[26rem] flex-col rounded-md bg-white text-sm text-slate-800 shadow-lg ring-1 ring-slate-900/10 outline-none"
    >
      <div className="flex items-baseline justify-between gap-3 border-b border-slate-200 px-4 py-2.5">
        <h2 id={titleId} className="text-sm font-semibold text-slate-900">
          {t('panel.title')}
        </h2>
        {total !== undefined && (
          <span className="text-xs text-slate-600">
            {t('panel.open', { count: total, n: formatNumber(total, locale) })}
          </span>
        )}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {alerts.isPending && (
          <p role="status" className="px-4 py-6 text-center text-slate-600">
            {t('common:alertCentre.loading')}
          </p>
        )}
        {alerts.isError && (
          <p role="alert" className="px-4 py-6 text-center text-red-700">
            {t('panel.loadFailed', { reason: describeError(t, alerts.error) })}
          </p>
        )}
        {items?.length === 0 && (
          <div className="px-4 py-6 text-center">
            <p className="font-medium text-slate-800">{t('panel.empty')}</p>
            <p className="mt-1 text-xs text-slate-600">{t('panel.emptyHint')}</p>
          </div>
        )}
        {items && items.length > 0 && (
          <ul className="divide-y divide-slate-100">
            {items.map((alert) => (
              <PanelItem
                key={alert.id}
                alert={alert}
                now={now}
                timeZone={timeZoneOf(alert.locationId)}
                snoozing={snoozingId === alert.id}
                onSnooze={(snoozing) => setSnoozingId(snoozing ? alert.id : null)}
                onHandled={refocus}
              />
            ))}
          </ul>
        )}
      </div>
      <div className="flex items-center justify-between gap-3 border-t border-slate-200 bg-slate-50 px-4 py-2">
        <span className="text-xs text-slate-600">
          {items && total !== undefined && total > items.length
            ? t('panel.more', {
                count: total - items.length,
                n: formatNumber(total - items.length, locale),
              })
            : null}
        </span>
        <Link
          to={paths.stockAlerts}
          onClick={() => onClose(false)}
          className={buttonClasses('ghost', 'sm', 'text-accent-700')}
        >
          {t('panel.viewAll')}
        </Link>
      </div>
    </div>
  );
}

interface PanelItemProps {
  alert: StockAlert;
  now: number;
  timeZone: string;
  snoozing: boolean;
  onSnooze: (snoozing: boolean) => void;
  onHandled: () => void;
}

function PanelItem({ alert, now, timeZone, snoozing, onSnooze, onHandled }: PanelItemProps) {
  const { t, i18n } = useTranslation('stock-alerts');
  const locale = i18n.language;
  const acknowledge = useAcknowledgeAlert();
  const subject = { sku: alert.sku, location: alert.locationName };
  const ago = timeAgo(alert.levelChangedAt, now, locale) ?? t('panel.justNow');

  function acknowledgeAlert() {
    // Awaited rather than mutate's callbacks: the refresh takes the item off the list, and the
    // callbacks of an unmounted caller never run (no toast, focus lost to the page).
    acknowledge.mutateAsync(alert).then(
      () => {
        toast.success(t('actions.acknowledged', { sku: alert.sku }));
        onHandled();
      },
      (error: unknown) => toast.error(describeAlertProblem(t, error, timeZone, locale)),
    );
  }

  return (
    <li className="flex flex-col gap-1.5 px-4 py-3">
      <div className="flex items-center gap-2">
        <AlertLevelBadge level={alert.level} />
        <span className="font-mono text-xs text-slate-700">{alert.sku}</span>
        <time
          dateTime={alert.levelChangedAt}
          title={formatDateTime(alert.levelChangedAt, timeZone, locale)}
          className="ml-auto text-xs whitespace-nowrap text-slate-500"
        >
          {ago}
        </time>
      </div>
      <p className="truncate font-medium text-slate-900" title={alert.productName}>
        {alert.productName}
      </p>
      <p className="flex flex-wrap gap-x-3 text-xs text-slate-600">
        <span>{alert.locationName}</span>
        <span className="tabular-nums">
          {t('panel.figures', {
            available: formatNumber(alert.available, locale),
            reorderPoint: formatNumber(alert.reorderPoint, locale),
          })}
        </span>
      </p>
      {snoozing ? (
        <div className="mt-1 rounded-md border border-slate-200 bg-slate-50 p-3">
          <SnoozeForm
            alert={alert}
            timeZone={timeZone}
            compact
            onDone={() => {
              onSnooze(false);
              onHandled();
            }}
            onCancel={() => {
              onSnooze(false);
              onHandled();
            }}
          />
        </div>
      ) : (
        <div className="flex gap-1">
          <Button
            size="sm"
            variant="secondary"
            busy={acknowledge.isPending}
            aria-label={t('actions.acknowledgeLabel', subject)}
            onClick={acknowledgeAlert}
          >
            {t('actions.acknowledge')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('actions.snoozeLabel', subject)}
            onClick={() => onSnooze(true)}
          >
            {t('actions.snooze')}
          </Button>
        </div>
      )}
    </li>
  );
}
