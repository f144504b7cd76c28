import { useTranslation } from '@/i18n';

export const TABLE_NAMESPACE = 'table';

/** Every feature's tables and pagers share one wording, kept in the `table` catalogue. */
export function useTableTranslation() {
  return useTranslation(TABLE_NAMESPACE);
}
