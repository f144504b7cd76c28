import { useStore } from 'zustand';
import { useTranslation } from '@/i18n';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { toast } from '@/components/toast';
import { formatNumber } from '@/lib/format';
import { replenishmentCsv, replenishmentFileName } from '../../lib/replenishment-csv';
import type { ReviewStore } from '../../lib/replenishment-review';
import { downloadCsv } from '@/lib/download';

/**
 * What the review holds (it may span pages and filters), and the way to export only it. The
 * reviewed lines are exported as they were last shown, with the quantities the manager set.
 */
export function ReviewBar({ review }: { review: ReviewStore }) {
  const { t, i18n } = useTranslation('replenishment');
  const { timeZone } = useRuntimeConfig();
  const lines = useStore(review, (state) => state.lines);
  const reviewed = Object.values(lines);
  const units = reviewed.reduce((sum, entry) => sum + entry.quantity, 0);
  const number = (value: number) => formatNumber(value, i18n.language);

  function exportSelected() {
    const text = replenishmentCsv(
      reviewed.map(({ line, quantity }) => ({ line, orderQuantity: quantity, reviewed: true })),
      t,
    );
    downloadCsv(text, replenishmentFileName(new Date(), timeZone, true));
    toast.success(t('export.selectedDone', { count: reviewed.length, n: number(reviewed.length) }));
  }

  return (
    <section
      aria-label={t('review.region')}
      className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm"
    >
      <p className="text-slate-700" aria-live="polite">
        {reviewed.length === 0
          ? t('review.hint')
          : t('review.summary', {
              count: reviewed.length,
              n: number(reviewed.length),
              units: number(units),
            })}
      </p>
      <div className="flex items-center gap-2">
        {reviewed.length > 0 && (
          <Button variant="ghost" size="sm" onClick={() => review.getState().clear()}>
            {t('review.clear')}
          </Button>
        )}
        <Button
          variant="primary"
          size="sm"
          onClick={exportSelected}
          disabled={reviewed.length === 0}
          title={t('export.selectedLabel')}
        >
          {t('export.selected')}
        </Button>
      </div>
    </section>
  );
}
