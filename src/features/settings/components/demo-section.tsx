import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { useDemoControls } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { RefreshIcon } from '@/components/icons';
import { ResetDemoDialog } from '@/components/reset-demo-dialog';
import { SettingsSection } from './settings-section';

/** Only when the embedded demo backend runs: a real backend's data is not ours to reset. */
export function DemoSection() {
  const { t } = useTranslation('settings');
  const demo = useDemoControls();
  const [confirming, setConfirming] = useState(false);
  if (!demo) return null;
  return (
    <SettingsSection id="settings-demo" title={t('demo.title')} description={t('demo.description')}>
      <Button variant="secondary" icon={<RefreshIcon />} onClick={() => setConfirming(true)}>
        {t('demo.reset')}
      </Button>
      <ResetDemoDialog open={confirming} onOpenChange={setConfirming} />
    </SettingsSection>
  );
}
