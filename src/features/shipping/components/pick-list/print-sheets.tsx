import { useTranslation } from '@/i18n';
import type { PickList } from '@/api/contract/fulfilment';
import { EmptyState } from '@/components/states';
import { PackingSlip } from './packing-slip';
import { PickSheet } from './pick-sheet';
import type { PrintView } from './print-view-switch';

/** The sheets to print: the pick list, the packing slips (one a page), or both. */
export function PrintSheets({ list, view }: { list: PickList; view: PrintView }) {
  const { t } = useTranslation('pick-list');
  if (list.orders.length === 0)
    return <EmptyState title={t('empty')} description={t('emptyHint')} />;
  return (
    <>
      {list.truncated && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t('truncated', { count: list.orders.length })}
        </p>
      )}
      {view !== 'slips' && (
        <div className="rounded-md border border-slate-200 bg-white p-5 print:border-0 print:p-0">
          <PickSheet list={list} />
        </div>
      )}
      {view !== 'pick' && (
        <section aria-label={t('slip.sectionLabel')} className="flex flex-col gap-4">
          {list.orders.map((slip) => (
            <PackingSlip key={slip.orderId} slip={slip} timeZone={list.location.timeZone} />
          ))}
        </section>
      )}
    </>
  );
}
