import { useTranslation } from '@/i18n';
import type { ExceptionItem } from '@/api/contract/tracking';
import type { AttentionKind } from '@/domain/shipment/attention';
import { Badge, type BadgeTone } from '@/components/badge';

const TONES: Record<AttentionKind, BadgeTone> = {
  exception: 'danger',
  failed: 'orange',
  delayed: 'warning',
  stale: 'neutral',
};

/** Every open reason, most serious first; an exception also names its kind (lost, refused...). */
export function ReasonBadges({ item }: { item: Pick<ExceptionItem, 'kinds' | 'exceptionKind'> }) {
  const { t } = useTranslation('tracking-events');
  return (
    <span className="flex flex-wrap gap-1">
      {item.kinds.map((kind) => (
        <Badge key={kind} tone={TONES[kind]}>
          {kind === 'exception' && item.exceptionKind
            ? `${t(`attention.${kind}`)} · ${t(`exception.${item.exceptionKind}`)}`
            : t(`attention.${kind}`)}
        </Badge>
      ))}
    </span>
  );
}
