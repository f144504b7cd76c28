import { useTranslation } from '@/i18n';
import { ALLOCATION_BATCH_LIMIT, type AllocationCandidate } from '@/api/contract/fulfilment';
import { Button } from '@/components/button';
import { formatNumber } from '@/lib/format';

/**
 * "12 selected · Accept 10 suggestions · Clear". Orders without a suggestion stay selected but
 * are not sent: no single location can fulfil them.
 */
export function AllocationBar({
  selected,
  pending,
  onAccept,
  onClear,
}: {
  selected: readonly AllocationCandidate[];
  pending: boolean;
  onAccept: () => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('allocation');
  const locale = i18n.language;
  if (selected.length === 0) return null;
  const acceptable = selected.filter((candidate) => candidate.suggestion !== null).length;
  const skipped = selected.length - acceptable;
  const tooMany = acceptable > ALLOCATION_BATCH_LIMIT;

  return (
    <section
      aria-label={t('selection.label')}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-accent-200 bg-accent-50 px-3 py-1.5 text-sm"
    >
      <p aria-live="polite" className="font-medium text-accent-900">
        {t('selection.count', { n: formatNumber(selected.length, locale) })}
      </p>
      {skipped > 0 && (
        <p className="text-xs text-amber-800">
          {t('selection.skipped', { n: formatNumber(skipped, locale) })}
        </p>
      )}
      <Button variant="ghost" size="sm" onClick={onClear} disabled={pending}>
        {t('selection.clear')}
      </Button>
      <Button
        variant="primary"
        size="sm"
        className="ml-auto"
        busy={pending}
        disabled={acceptable === 0 || tooMany}
        onClick={onAccept}
      >
        {t('bulk.accept', { n: formatNumber(acceptable, locale) })}
      </Button>
      {tooMany && (
        <p className="basis-full text-xs text-amber-800">
          {t('bulk.tooMany', { max: formatNumber(ALLOCATION_BATCH_LIMIT, locale) })}
        </p>
      )}
    </section>
  );
}
