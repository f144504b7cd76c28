import { useTranslation } from '@/i18n';
import { useChangeLocale } from '@/i18n/use-change-locale';
import { LOCALES } from '@/lib/locales';
import { cn } from '@/lib/cn';

/** The language can be changed before signing in, for people who do not read the default one. */
export function LanguageLinks() {
  const { t, i18n } = useTranslation('common');
  const changeLocale = useChangeLocale();
  return (
    <nav aria-label={t('language.label')} className="mt-6 flex justify-center gap-1 text-xs">
      {LOCALES.map((locale) => {
        const current = i18n.resolvedLanguage === locale;
        return (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={current}
            onClick={() => void changeLocale(locale)}
            className={cn(
              'rounded px-2 py-1',
              current
                ? 'font-medium text-slate-900'
                : 'text-slate-600 hover:text-slate-900 hover:underline',
            )}
          >
            {t(`language.${locale}`)}
          </button>
        );
      })}
    </nav>
  );
}
