import { useTranslation } from '@/i18n';
import { PageHeader } from '@/components/page-header';

export function Component() {
  const { t } = useTranslation('tracking');
  return <PageHeader title={t('title')} description={t('description')} />;
}
