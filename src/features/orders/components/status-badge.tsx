import { useTranslation } from '@/i18n';
import { Badge, type BadgeTone } from '@/components/badge';
import type { OrderStatus } from '@/domain/order/status';

const STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  unpaid: 'neutral',
  pending_review: 'warning',
  on_hold: 'orange',
  approved: 'accent',
  allocated: 'purple',
  shipped: 'info',
  delivered: 'teal',
  completed: 'success',
  cancelled: 'danger',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('orders');
  return <Badge tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Badge>;
}
