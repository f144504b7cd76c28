import { useTranslation } from '@/i18n';
import { useRuntimeConfig } from '@/api/runtime-context';
import { version } from '../../../../package.json';
import { SettingsSection } from './settings-section';

export function AboutSection() {
  const { t } = useTranslation('settings');
  const config = useRuntimeConfig();
  const rows: [label: string, value: string, code: boolean][] = [
    [t('about.version'), version, true],
    [
      t('about.backend'),
      config.backend === 'mock' ? t('about.backendMock') : t('about.backendRest'),
      false,
    ],
    [t('about.apiBase'), config.apiBaseUrl, true],
    [t('about.timeZone'), config.timeZone, true],
  ];
  return (
    <SettingsSection id="settings-about" title={t('about.title')}>
      <dl className="grid max-w-md grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        {rows.map(([label, value, code]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className={code ? 'font-mono text-slate-900' : 'text-slate-900'}>{value}</dd>
          </div>
        ))}
      </dl>
    </SettingsSection>
  );
}
