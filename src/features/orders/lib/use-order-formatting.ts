import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { useRuntimeConfig } from '@/api/runtime-context';
import { formatDateTime, formatMoney, formatNumber, type DateStyle } from '@/lib/format';

/** Formatting in the user's language; times in the order's or store's zone, else the deployment's. */
export function useOrderFormatting() {
  const { i18n } = useTranslation();
  const { timeZone: defaultTimeZone } = useRuntimeConfig();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      money: (amount: { amount: number; currency: string }) =>
        formatMoney(amount.amount, locale, amount.currency),
      number: (value: number) => formatNumber(value, locale),
      dateTime: (iso: string, timeZone?: string | null, style: DateStyle = 'datetime') =>
        formatDateTime(iso, timeZone || defaultTimeZone, locale, style),
    }),
    [locale, defaultTimeZone],
  );
}
