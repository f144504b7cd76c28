import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { AlertIcon } from '@/components/icons';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import {
  FIRST_ORDER_HIGH_AMOUNT_OVER,
  HIGH_AMOUNT_OVER,
  REPEAT_PHONE_MIN_ORDERS,
  REPEAT_PHONE_WINDOW_MS,
  type RiskFlag,
} from '@/domain/order/risk';

/** The figures each flag's explanation names ("over ¥5,000"): the thresholds the rules use. */
const EXPLANATION_VALUES: Record<RiskFlag, { amountFen?: number; count?: number; hours?: number }> =
  {
    high_amount: { amountFen: HIGH_AMOUNT_OVER },
    first_order_high_amount: { amountFen: FIRST_ORDER_HIGH_AMOUNT_OVER },
    incomplete_address: {},
    repeat_phone_24h: {
      count: REPEAT_PHONE_MIN_ORDERS,
      hours: REPEAT_PHONE_WINDOW_MS / 3_600_000,
    },
    phone_region_mismatch: {},
  };

/**
 * The order's risk flags, each with what triggered it, next to its status: the reviewer must see
 * them before approving.
 */
export function RiskFlags({ order }: { order: Order }) {
  const { t } = useTranslation('order-actions');
  const format = useOrderFormatting();
  if (order.riskFlags.length === 0) return null;
  const money = (fen: number) =>
    format.money({ amount: fen, currency: order.totals.total.currency });
  return (
    <section
      aria-label={t('risk.title')}
      className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <h2 className="flex items-center gap-1.5 font-semibold">
        <AlertIcon className="size-4 text-red-600" />
        {t('risk.title')}
      </h2>
      <ul className="mt-1.5 flex flex-col gap-1">
        {order.riskFlags.map((flag) => {
          const values = EXPLANATION_VALUES[flag];
          return (
            <li key={flag}>
              <span className="font-medium">{t(`orders:riskFlag.${flag}`)}</span>
              <span className="text-red-800">
                {' — '}
                {t(`risk.explain.${flag}`, {
                  amount: values.amountFen === undefined ? undefined : money(values.amountFen),
                  count: values.count,
                  hours: values.hours,
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
