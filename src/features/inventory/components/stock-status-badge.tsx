import { useTranslation } from '@/i18n';
import { Badge, type BadgeTone } from '@/components/badge';
import type { StockStatusValue } from '../lib/stock-params';

const TONES: Record<StockStatusValue, BadgeTone> = {
  ok: 'success',
  low: 'warning',
  out: 'danger',
  overstock: 'info',
};

export function StockStatusBadge({ status }: { status: StockStatusValue }) {
  const { t } = useTranslation('inventory');
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}
