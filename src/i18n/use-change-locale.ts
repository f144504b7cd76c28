import { useCallback } from 'react';
import { useTranslation } from './react';
import { usePreferences } from '@/lib/preferences';
import type { Locale } from '@/lib/locales';
import { changeLocale } from './index';

/** Switches the UI language and remembers the choice for the next visit. */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const { i18n } = useTranslation();
  const remember = usePreferences((state) => state.setLocale);
  return useCallback(
    async (locale: Locale) => {
      await changeLocale(i18n, locale);
      remember(locale);
    },
    [i18n, remember],
  );
}
