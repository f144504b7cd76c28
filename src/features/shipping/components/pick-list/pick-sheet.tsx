import { useTranslation } from '@/i18n';
import type { PickList } from '@/api/contract/fulfilment';
import { formatDateTime, formatNumber } from '@/lib/format';
import { groupByCategory, totalQuantity } from '../../lib/pick-groups';

const CELL = 'border-b border-slate-200 px-2 py-1.5';

/** 拣货单: every SKU to take from the shelves, grouped by category, with a box to tick on paper. */
export function PickSheet({ list }: { list: PickList }) {
  const { t, i18n } = useTranslation('pick-list');
  const locale = i18n.language;
  const groups = groupByCategory(list.skus);
  const number = (value: number) => formatNumber(value, locale);

  return (
    <section aria-labelledby="pick-sheet-title" className="pick-sheet flex flex-col gap-3">
      <header className="flex flex-wrap items-end justify-between gap-2 border-b-2 border-slate-900 pb-2">
        <div>
          <h2 id="pick-sheet-title" className="text-xl font-bold text-slate-900">
            {t('pick.title')}
          </h2>
          <p className="text-sm text-slate-700">
            {list.location.name}（{list.location.code}）
          </p>
        </div>
        <dl className="grid grid-cols-[max-content_max-content] gap-x-3 text-sm">
          <dt className="text-slate-600">{t('pick.generatedAt')}</dt>
          <dd className="tabular-nums">
            <time dateTime={list.generatedAt}>
              {formatDateTime(list.generatedAt, list.location.timeZone, locale)}
            </time>
          </dd>
          <dt className="text-slate-600">{t('pick.orders')}</dt>
          <dd className="tabular-nums">{number(list.orders.length)}</dd>
          <dt className="text-slate-600">{t('pick.totals')}</dt>
          <dd className="tabular-nums">
            {t('pick.totalsValue', {
              skus: number(list.skus.length),
              units: number(totalQuantity(list.skus)),
            })}
          </dd>
        </dl>
      </header>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('pick.tableLabel')}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-600">
            <th scope="col" className={`${CELL} w-10 text-center`}>
              {t('pick.picked')}
            </th>
            <th scope="col" className={CELL}>
              {t('pick.sku')}
            </th>
            <th scope="col" className={CELL}>
              {t('pick.product')}
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              {t('pick.quantity')}
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              {t('pick.orderCount')}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.category} className="break-inside-avoid-page">
            <tr className="bg-slate-100">
              <th scope="rowgroup" colSpan={3} className={`${CELL} text-left font-semibold`}>
                {group.category}
              </th>
              <td className={`${CELL} text-right text-xs text-slate-600 tabular-nums`} colSpan={2}>
                {t('pick.groupTotal', { units: number(group.quantity) })}
              </td>
            </tr>
            {group.skus.map((sku) => (
              <tr key={sku.productId} className="break-inside-avoid">
                <td className={`${CELL} text-center`}>
                  <span
                    aria-hidden="true"
                    className="inline-block size-4 rounded-sm border-2 border-slate-700 align-middle"
                  />
                </td>
                <td className={`${CELL} font-mono text-xs`}>{sku.sku}</td>
                <td className={CELL}>{sku.productName}</td>
                <td className={`${CELL} text-right text-base font-semibold tabular-nums`}>
                  {number(sku.quantity)}
                </td>
                <td className={`${CELL} text-right tabular-nums`}>{number(sku.orderCount)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
