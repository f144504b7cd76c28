import type { TFunction } from '@/i18n';
import type { Shortage } from '@/api/contract/fulfilment';
import { formatNumber } from '@/lib/format';

/** "SKU-123 缺 2 件，最多一处有 1 件": what is missing and the most any one location holds. */
export function shortageText(t: TFunction, shortage: Shortage, locale: string): string {
  const best = Math.max(0, shortage.bestAvailable);
  return t('allocation:shortage.line', {
    sku: shortage.sku,
    missing: formatNumber(Math.max(1, shortage.quantity - best), locale),
    best: formatNumber(best, locale),
  });
}

/** Grams as kilograms, e.g. "1.25 kg". */
export function formatWeight(grams: number, locale: string): string {
  return `${formatNumber(grams / 1000, locale, 2)} kg`;
}
