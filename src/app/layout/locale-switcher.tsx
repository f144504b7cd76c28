import { useTranslation } from '@/i18n';
import { GlobeIcon, ChevronDownIcon } from '@/components/icons';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '@/components/dropdown-menu';
import { useChangeLocale } from '@/i18n/use-change-locale';
import { LOCALES, isLocale } from '@/lib/locales';

export function LocaleSwitcher() {
  const { t, i18n } = useTranslation('common');
  const changeLocale = useChangeLocale();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('language.switch', { current: t(`language.${current}`) })}
        className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
      >
        <GlobeIcon className="size-4 text-slate-500" />
        <span className="hidden sm:inline">{t(`language.${current}`)}</span>
        <ChevronDownIcon className="size-3.5 text-slate-500" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>{t('language.label')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={current}
          onValueChange={(value) => {
            if (isLocale(value)) void changeLocale(value);
          }}
        >
          {LOCALES.map((locale) => (
            <DropdownMenuRadioItem key={locale} value={locale} lang={locale}>
              {t(`language.${locale}`)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
