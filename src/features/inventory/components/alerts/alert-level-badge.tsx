import { useTranslation } from '@/i18n';
import type { AlertLevel } from '@/domain/inventory/vocabulary';
import { Badge } from '@/components/badge';

export function AlertLevelBadge({ level }: { level: AlertLevel }) {
  const { t } = useTranslation('stock-alerts');
  return <Badge tone={level === 'out' ? 'danger' : 'warning'}>{t(`level.${level}`)}</Badge>;
}
