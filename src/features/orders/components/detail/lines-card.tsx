import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Section } from './section';

/** The order's lines and totals. */
export function LinesCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const { totals } = order;
  const cell = 'px-2 py-1.5 border-b border-slate-100';
  const num = `${cell} text-right tabular-nums`;
  return (
    <Section title={t('detail.lines')}>
      <table aria-label={t('detail.linesLabel')} className="w-full text-sm">
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className={`${cell} text-left font-medium`}>
              {t('detail.sku')}
            </th>
            <th scope="col" className={`${cell} text-left font-medium`}>
              {t('detail.product')}
            </th>
            <th scope="col" className={`${num} font-medium`}>
              {t('detail.quantity')}
            </th>
            <th scope="col" className={`${num} font-medium`}>
              {t('detail.unitPrice')}
            </th>
            <th scope="col" className={`${num} font-medium`}>
              {t('detail.lineTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td className={`${cell} font-mono text-xs text-slate-600`}>{line.sku}</td>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {line.name}
              </th>
              <td className={num}>{format.number(line.quantity)}</td>
              <td className={num}>{format.money(line.unitPrice)}</td>
              <td className={num}>{format.money(line.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto mt-3 grid w-72 grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-500">{t('detail.subtotal')}</dt>
        <dd className="text-right tabular-nums">{format.money(totals.subtotal)}</dd>
        <dt className="text-slate-500">{t('detail.shippingFee')}</dt>
        <dd className="text-right tabular-nums">{format.money(totals.shipping)}</dd>
        <dt className="text-slate-500">{t('detail.discount')}</dt>
        <dd className="text-right tabular-nums">
          {totals.discount.amount > 0
            ? `−${format.money(totals.discount)}`
            : format.money(totals.discount)}
        </dd>
        <dt className="border-t border-slate-200 pt-1 font-medium text-slate-900">
          {t('detail.total')}
        </dt>
        <dd className="border-t border-slate-200 pt-1 text-right text-base font-semibold tabular-nums text-slate-900">
          {format.money(totals.total)}
        </dd>
      </dl>
    </Section>
  );
}
