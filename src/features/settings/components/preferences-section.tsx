import { useTranslation } from '@/i18n';
import { Select } from '@/components/field';
import { useChangeLocale } from '@/i18n/use-change-locale';
import { LOCALES, isLocale } from '@/lib/locales';
import { DENSITIES, usePreferences, type Density } from '@/lib/preferences';
import { cn } from '@/lib/cn';
import { SettingsSection } from './settings-section';

export function PreferencesSection() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const changeLocale = useChangeLocale();
  const density = usePreferences((state) => state.density);
  const setDensity = usePreferences((state) => state.setDensity);

  return (
    <SettingsSection
      id="settings-preferences"
      title={t('preferences.title')}
      description={t('preferences.description')}
    >
      <div className="grid max-w-md gap-5">
        <Select
          label={t('preferences.language')}
          value={i18n.resolvedLanguage ?? i18n.language}
          onChange={(event) => {
            if (isLocale(event.target.value)) void changeLocale(event.target.value);
          }}
          options={LOCALES.map((locale) => ({
            value: locale,
            label: t(`common:language.${locale}`),
          }))}
        />
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">{t('preferences.density')}</legend>
          <p className="mb-2 text-xs text-slate-600">{t('preferences.densityHint')}</p>
          <div className="inline-flex rounded-md border border-slate-300 p-0.5">
            {DENSITIES.map((option: Density) => (
              <label
                key={option}
                className={cn(
                  'cursor-pointer rounded px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600',
                  density === option
                    ? 'bg-accent-600 text-white'
                    : 'text-slate-700 hover:bg-slate-100',
                )}
              >
                <input
                  type="radio"
                  name="density"
                  value={option}
                  checked={density === option}
                  onChange={() => setDensity(option)}
                  className="sr-only"
                />
                {t(`preferences.densities.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </SettingsSection>
  );
}
