import type { Role } from '../access';

export const ORDER_STATUSES = [
  'unpaid',
  'pending_review',
  'on_hold',
  'approved',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const HOLD_REASONS = [
  'payment_check',
  'suspected_fraud',
  'address_problem',
  'out_of_stock',
  'customer_request',
  'other',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export const CANCEL_REASONS = [
  'customer_request',
  'suspected_fraud',
  'out_of_stock',
  'duplicate_order',
  'unpaid_timeout',
  'address_unreachable',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Who acts: a person with a role, or the system itself (payment callbacks, tracking, timers). */
export type Actor = Role | 'system';

export const ORDER_ACTIONS = [
  'pay',
  'approve',
  'hold',
  'release',
  'reject',
  'cancel',
  'allocate',
  'deallocate',
  'ship',
  'deliver',
  'complete',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

interface TransitionRule {
  from: readonly OrderStatus[];
  /** null: the action returns the order to the state it was held from. */
  to: OrderStatus | null;
  actors: readonly Actor[];
}

const STAFF: readonly Actor[] = ['store_staff', 'manager', 'admin'];
const BEFORE_SHIPPED: readonly OrderStatus[] = [
  'unpaid',
  'pending_review',
  'on_hold',
  'approved',
  'allocated',
];

/** The order state machine of DOMAIN.md: one table, read by the UI and enforced by the backend. */
export const TRANSITIONS: Record<OrderAction, TransitionRule> = {
  pay: { from: ['unpaid'], to: 'pending_review', actors: ['system'] },
  approve: { from: ['pending_review'], to: 'approved', actors: STAFF },
  hold: {
    from: ['pending_review', 'approved', 'allocated'],
    to: 'on_hold',
    actors: [...STAFF, 'warehouse'],
  },
  // A released order goes back through review: whatever caused the hold may have changed it.
  release: { from: ['on_hold'], to: 'pending_review', actors: [...STAFF, 'warehouse'] },
  reject: { from: ['pending_review'], to: 'cancelled', actors: STAFF },
  cancel: { from: BEFORE_SHIPPED, to: 'cancelled', actors: [...STAFF, 'system'] },
  allocate: { from: ['approved'], to: 'allocated', actors: ['warehouse', ...STAFF] },
  deallocate: { from: ['allocated'], to: 'approved', actors: ['warehouse', ...STAFF] },
  ship: { from: ['allocated'], to: 'shipped', actors: ['warehouse', 'admin'] },
  deliver: { from: ['shipped'], to: 'delivered', actors: ['system'] },
  complete: { from: ['delivered'], to: 'completed', actors: ['system'] },
};

export function canTransition(action: OrderAction, from: OrderStatus, actor: Actor): boolean {
  const rule = TRANSITIONS[action];
  return rule.from.includes(from) && rule.actors.includes(actor);
}

export type TransitionResult =
  { ok: true; to: OrderStatus } | { ok: false; reason: 'wrong_state' | 'forbidden' };

/** Where an action leads, or why it may not be taken. A wrong state wins over a wrong role: it is what the user can fix by reloading. */
export function transition(action: OrderAction, from: OrderStatus, actor: Actor): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, reason: 'wrong_state' };
  if (!rule.actors.includes(actor)) return { ok: false, reason: 'forbidden' };
  return { ok: true, to: rule.to ?? from };
}

/** The actions a person may take on an order in this state now, in the order a toolbar shows them. */
export function availableActions(from: OrderStatus, actor: Actor): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => canTransition(action, from, actor));
}

export const OPEN_STATUSES: readonly OrderStatus[] = BEFORE_SHIPPED;

export function isCancellable(status: OrderStatus): boolean {
  return BEFORE_SHIPPED.includes(status);
}

/** Tabs of the order list. "to allocate" and "to ship" are the warehouse's names for approved and allocated. */
export const STATUS_TABS = [
  'all',
  'unpaid',
  'pending_review',
  'on_hold',
  'approved',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type StatusTab = (typeof STATUS_TABS)[number];
