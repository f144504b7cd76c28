/**
 * The risk flags an order can carry. Kept apart from the rules in risk.ts so that the contract,
 * which every screen loads, does not bring the rules and their tables along.
 */
export const RISK_FLAGS = [
  'high_amount',
  'first_order_high_amount',
  'incomplete_address',
  'repeat_phone_24h',
  'phone_region_mismatch',
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];
