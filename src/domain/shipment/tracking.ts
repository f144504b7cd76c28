export const TRACKING_STATUSES = [
  'pending',
  'info_received',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'delivered',
  'exception',
  'expired',
] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export const EXCEPTION_KINDS = [
  'customs_hold',
  'refused',
  'lost',
  'damaged',
  'returned_to_sender',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

const NEXT: Record<TrackingStatus, readonly TrackingStatus[]> = {
  pending: ['info_received', 'in_transit', 'exception', 'expired'],
  info_received: ['in_transit', 'exception', 'expired'],
  in_transit: ['out_for_delivery', 'available_for_pickup', 'exception'],
  out_for_delivery: ['delivered', 'failed_attempt', 'exception'],
  failed_attempt: ['out_for_delivery', 'available_for_pickup', 'exception'],
  available_for_pickup: ['delivered', 'exception'],
  delivered: [],
  exception: [],
  expired: [],
};

export function canAdvanceTracking(from: TrackingStatus, to: TrackingStatus): boolean {
  return NEXT[from].includes(to);
}

export function isOpenTracking(status: TrackingStatus): boolean {
  return NEXT[status].length > 0;
}

/** The five steps the public tracking page shows. */
export const PUBLIC_STEPS = [
  'confirmed',
  'shipped',
  'on_its_way',
  'out_for_delivery',
  'delivered',
] as const;
export type PublicStep = (typeof PUBLIC_STEPS)[number];

export function publicStep(status: TrackingStatus): PublicStep {
  switch (status) {
    case 'pending':
      return 'confirmed';
    case 'info_received':
      return 'shipped';
    case 'in_transit':
    case 'exception':
    case 'expired':
      return 'on_its_way';
    case 'out_for_delivery':
    case 'failed_attempt':
    case 'available_for_pickup':
      return 'out_for_delivery';
    case 'delivered':
      return 'delivered';
  }
}

/**
 * What a tracking event says, as a code each language words for itself; the carrier's own text
 * travels beside it for staff.
 */
export const TRACKING_EVENT_CODES = [
  'label_created',
  'picked_up',
  'arrived_at_hub',
  'departed_hub',
  'delay_notice',
  'arrived_at_station',
  'out_for_delivery',
  'delivery_failed',
  'ready_for_pickup',
  'delivered',
  'delivered_to_locker',
  'exception',
  'expired',
] as const;
export type TrackingEventCode = (typeof TRACKING_EVENT_CODES)[number];
