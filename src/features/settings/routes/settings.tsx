import { useTranslation } from '@/i18n';
import { PageHeader } from '@/components/page-header';
import { AboutSection } from '../components/about-section';
import { CarrierRulesSection } from '../components/carrier-rules-section';
import { DemoSection } from '../components/demo-section';
import { NotificationTemplatesSection } from '../components/notification-templates-section';
import { PreferencesSection } from '../components/preferences-section';
import { TagsSection } from '../components/tags-section';

export function Component() {
  const { t } = useTranslation('settings');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <PreferencesSection />
      <TagsSection />
      <CarrierRulesSection />
      <NotificationTemplatesSection />
      <DemoSection />
      <AboutSection />
    </div>
  );
}
