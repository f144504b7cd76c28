/** Why on-hand stock was corrected. */
export const ADJUSTMENT_REASONS = ['cycle_count', 'damage', 'return_to_stock'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** How bad a stock alert is: below the reorder point, or nothing left to promise. */
export const ALERT_LEVELS = ['low', 'out'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/**
 * Where an alert stands. open: nobody has looked at it; acknowledged: someone has; snoozed: put
 * aside until a date or until its level changes; cleared: available recovered to the reorder point.
 */
export const ALERT_STATES = ['open', 'acknowledged', 'snoozed', 'cleared'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Threshold limits a person may set. */
export const MAX_REORDER_POINT = 100_000;
export const MAX_TARGET_COVER_DAYS = 365;
