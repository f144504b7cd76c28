import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { Badge } from '@/components/badge';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Section } from './section';

interface MoneyRecord {
  id: string;
  kind: 'refund' | 'compensation';
  amount: Order['refunds'][number]['amount'];
  text: string;
  couponCode: string | null;
  at: string;
  byName: string;
}

function recordsOf(order: Order): MoneyRecord[] {
  return [
    ...order.refunds.map((refund) => ({
      id: refund.id,
      kind: 'refund' as const,
      amount: refund.amount,
      text: refund.reason,
      couponCode: null,
      at: refund.at,
      byName: refund.by.name,
    })),
    ...order.compensations.map((compensation) => ({
      id: compensation.id,
      kind: 'compensation' as const,
      amount: compensation.amount,
      text: compensation.note,
      couponCode: compensation.couponCode,
      at: compensation.at,
      byName: compensation.by.name,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
}

/** Money given back after a parcel went wrong: refunds and coupons, newest first. Absent when none. */
export function RefundsCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const records = recordsOf(order);
  if (records.length === 0) return null;
  return (
    <Section title={t('detail.refunds')}>
      <ul aria-label={t('detail.refundsList')} className="flex flex-col divide-y divide-slate-100">
        {records.map((record) => (
          <li key={record.id} className="flex flex-col gap-0.5 py-2 text-sm first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={record.kind === 'refund' ? 'orange' : 'purple'}>
                {t(record.kind === 'refund' ? 'detail.refund' : 'detail.compensation')}
              </Badge>
              <span className="font-medium tabular-nums">{format.money(record.amount)}</span>
              {record.couponCode && (
                <span className="font-mono text-xs text-slate-700">
                  {t('detail.couponCode', { code: record.couponCode })}
                </span>
              )}
            </div>
            {record.text && <p className="break-words text-slate-700">{record.text}</p>}
            <p className="text-xs text-slate-500">
              {t('detail.recordBy', {
                name: record.byName,
                time: format.dateTime(record.at, order.timeZone),
              })}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
