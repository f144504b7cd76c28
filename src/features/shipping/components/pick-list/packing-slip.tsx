import { useTranslation } from '@/i18n';
import type { PackingSlip as Slip } from '@/api/contract/fulfilment';
import { Barcode } from '@/components/barcode';
import { formatDateTime, formatNumber } from '@/lib/format';
import { totalQuantity } from '../../lib/pick-groups';

const CELL = 'border-b border-slate-200 px-2 py-1';

/**
 * 装箱单: one parcel's slip, on its own page when printed. The order number is a Code 128 barcode,
 * so pair scanning reads it from the slip before the parcel's waybill.
 */
export function PackingSlip({ slip, timeZone }: { slip: Slip; timeZone: string }) {
  const { t, i18n } = useTranslation('pick-list');
  const locale = i18n.language;
  const titleId = `slip-${slip.orderId}`;
  // The packer reads who and where first: those lines are larger.
  const details: [string, string, boolean][] = [
    [t('slip.recipient'), slip.recipient, true],
    [t('slip.phone'), slip.phone, true],
    [t('slip.address'), slip.address, true],
    [t('slip.carrier'), t(`shipping:carrier.${slip.carrier}`), false],
    [t('slip.store'), slip.storeName, false],
    [t('slip.placedAt'), formatDateTime(slip.placedAt, timeZone, locale), false],
  ];

  return (
    <article
      aria-labelledby={titleId}
      className="packing-slip flex break-before-page flex-col gap-3 rounded-md border border-slate-300 bg-white p-5 print:rounded-none print:border-0 print:p-0"
    >
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-slate-900 pb-3">
        <div>
          <h3 id={titleId} className="text-lg font-bold text-slate-900">
            {t('slip.title')}
          </h3>
          <p className="mt-0.5 font-mono text-sm">{slip.number}</p>
        </div>
        <Barcode
          value={slip.number}
          height={56}
          label={t('slip.barcode', { number: slip.number })}
        />
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {details.map(([term, value, prominent]) => (
          <div key={term} className="contents">
            <dt className="self-baseline text-slate-600">{term}</dt>
            <dd className={prominent ? 'text-base font-medium text-slate-900' : 'text-slate-900'}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('slip.items', { number: slip.number })}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-600">
            <th scope="col" className={CELL}>
              {t('pick.sku')}
            </th>
            <th scope="col" className={CELL}>
              {t('pick.product')}
            </th>
            <th scope="col" className={`${CELL} text-right`}>
              {t('pick.quantity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {slip.lines.map((line) => (
            <tr key={line.productId}>
              <td className={`${CELL} font-mono text-xs`}>{line.sku}</td>
              <td className={CELL}>{line.productName}</td>
              <td className={`${CELL} text-right font-semibold tabular-nums`}>
                {formatNumber(line.quantity, locale)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="px-2 py-1 text-right font-medium">
              {t('slip.totalUnits')}
            </th>
            <td className="px-2 py-1 text-right font-semibold tabular-nums">
              {formatNumber(totalQuantity(slip.lines), locale)}
            </td>
          </tr>
        </tfoot>
      </table>
      <div className="text-sm">
        <p className="text-slate-600">{t('slip.customerNote')}</p>
        <p className="mt-0.5 min-h-6 rounded border border-dashed border-slate-300 px-2 py-1">
          {slip.customerNote?.trim() ? slip.customerNote : t('slip.noNote')}
        </p>
      </div>
    </article>
  );
}
