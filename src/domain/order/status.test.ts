import { describe, expect, it } from 'vitest';
import {
  ORDER_ACTIONS,
  ORDER_STATUSES,
  availableActions,
  canTransition,
  transition,
  type Actor,
  type OrderAction,
  type OrderStatus,
} from './status';

/** Columns of every grid row, in this order. */
const ACTORS = [
  'store_staff',
  'warehouse',
  'manager',
  'admin',
  'system',
] as const satisfies Actor[];

/**
 * The whole state machine of DOMAIN.md written out by hand, one line per action and state:
 * a character per actor (columns as ACTORS): Y allowed, f forbidden for that actor, . not
 * possible from that state for anyone.
 */
const TABLE: Record<OrderAction, { to: OrderStatus; grid: Record<OrderStatus, string> }> = {
  pay: {
    to: 'pending_review',
    grid: {
      unpaid: 'ffffY',
      pending_review: '.....',
      on_hold: '.....',
      approved: '.....',
      allocated: '.....',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  approve: {
    to: 'approved',
    grid: {
      unpaid: '.....',
      pending_review: 'YfYYf',
      on_hold: '.....',
      approved: '.....',
      allocated: '.....',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  hold: {
    to: 'on_hold',
    grid: {
      unpaid: '.....',
      pending_review: 'YYYYf',
      on_hold: '.....',
      approved: 'YYYYf',
      allocated: 'YYYYf',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  release: {
    to: 'pending_review',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: 'YYYYf',
      approved: '.....',
      allocated: '.....',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  reject: {
    to: 'cancelled',
    grid: {
      unpaid: '.....',
      pending_review: 'YfYYf',
      on_hold: '.....',
      approved: '.....',
      allocated: '.....',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  cancel: {
    to: 'cancelled',
    grid: {
      unpaid: 'YfYYY',
      pending_review: 'YfYYY',
      on_hold: 'YfYYY',
      approved: 'YfYYY',
      allocated: 'YfYYY',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  allocate: {
    to: 'allocated',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: '.....',
      approved: 'YYYYf',
      allocated: '.....',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  deallocate: {
    to: 'approved',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: '.....',
      approved: '.....',
      allocated: 'YYYYf',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  ship: {
    to: 'shipped',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: '.....',
      approved: '.....',
      allocated: 'fYfYf',
      shipped: '.....',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  deliver: {
    to: 'delivered',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: '.....',
      approved: '.....',
      allocated: '.....',
      shipped: 'ffffY',
      delivered: '.....',
      completed: '.....',
      cancelled: '.....',
    },
  },
  complete: {
    to: 'completed',
    grid: {
      unpaid: '.....',
      pending_review: '.....',
      on_hold: '.....',
      approved: '.....',
      allocated: '.....',
      shipped: '.....',
      delivered: 'ffffY',
      completed: '.....',
      cancelled: '.....',
    },
  },
};

type Expected = OrderStatus | 'wrong_state' | 'forbidden';

const CASES: [OrderAction, OrderStatus, Actor, Expected][] = ORDER_ACTIONS.flatMap((action) =>
  ORDER_STATUSES.flatMap((from) =>
    ACTORS.map((actor, column): [OrderAction, OrderStatus, Actor, Expected] => {
      const mark = TABLE[action].grid[from][column];
      const expected: Expected =
        mark === 'Y' ? TABLE[action].to : mark === 'f' ? 'forbidden' : 'wrong_state';
      return [action, from, actor, expected];
    }),
  ),
);

describe('order transitions', () => {
  it('has a well-formed table: one mark per actor on every line', () => {
    for (const action of ORDER_ACTIONS)
      for (const from of ORDER_STATUSES) expect(TABLE[action].grid[from]).toMatch(/^[Yf.]{5}$/);
    expect(CASES).toHaveLength(ORDER_ACTIONS.length * ORDER_STATUSES.length * ACTORS.length);
  });

  it.each(CASES)('%s from %s by %s -> %s', (action, from, actor, expected) => {
    const result = transition(action, from, actor);
    if (expected === 'wrong_state' || expected === 'forbidden') {
      expect(result).toEqual({ ok: false, reason: expected });
      expect(canTransition(action, from, actor)).toBe(false);
    } else {
      expect(result).toEqual({ ok: true, to: expected });
      expect(canTransition(action, from, actor)).toBe(true);
    }
  });

  it('lets nothing leave a terminal state', () => {
    for (const terminal of ['completed', 'cancelled'] as const) {
      for (const actor of ACTORS) expect(availableActions(terminal, actor)).toEqual([]);
    }
  });

  it('never lets anyone cancel once shipped', () => {
    for (const from of ['shipped', 'delivered', 'completed'] as const) {
      for (const actor of ACTORS) expect(canTransition('cancel', from, actor)).toBe(false);
    }
  });

  it('offers store staff exactly the review actions on a pending order', () => {
    expect(availableActions('pending_review', 'store_staff')).toEqual([
      'approve',
      'hold',
      'reject',
      'cancel',
    ]);
  });

  it('offers the warehouse hold and the shipping steps on an allocated order, never cancel', () => {
    expect(availableActions('allocated', 'warehouse')).toEqual(['hold', 'deallocate', 'ship']);
  });

  it('offers the same actions that transition() allows, for every state and actor', () => {
    for (const from of ORDER_STATUSES)
      for (const actor of ACTORS)
        expect(availableActions(from, actor)).toEqual(
          ORDER_ACTIONS.filter((action) => transition(action, from, actor).ok),
        );
  });
});
