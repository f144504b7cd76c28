import type { ExceptionItem } from '@/api/contract/tracking';
import type { Role } from '@/domain/access';
import type { AttentionKind } from '@/domain/shipment/attention';
import type { NotificationKind } from '@/domain/notification/templates';
import {
  RESOLUTION_ACTIONS,
  canResolveWith,
  type ResolutionAction,
} from '@/domain/shipment/resolution';

/**
 * The ways this user may deal with this parcel: the role's rights, a replacement only where one is
 * worth sending (the server decides that per parcel), and a refund only while something is left
 * to refund.
 */
export function offeredActions(
  role: Role,
  item: Pick<ExceptionItem, 'canReship' | 'refundable'>,
): ResolutionAction[] {
  return RESOLUTION_ACTIONS.filter(
    (action) =>
      canResolveWith(role, action) &&
      (action !== 'reship' || item.canReship) &&
      (action !== 'refund' || item.refundable.amount > 0),
  );
}

/**
 * The message that fits the parcel's most serious reason: an exception or a failed delivery is
 * told as an exception, a delay or silence as a delay.
 */
export function defaultTemplateFor(kinds: readonly AttentionKind[]): NotificationKind {
  const first = kinds[0];
  return first === 'exception' || first === 'failed' ? 'exception' : 'delayed';
}
