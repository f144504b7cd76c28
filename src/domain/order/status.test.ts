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

const ACTORS: Actor[] = ['store_staff', 'warehouse', 'manager', 'admin', 'system'];

/** The whole table of DOMAIN.md, written out: [action, from, actor, expected result]. */
const CASES: [OrderAction, OrderStatus, Actor, OrderStatus | 'wrong_state' | 'forbidden'][] = [
  ['pay', 'unpaid', 'system', 'pending_review'],
  ['pay', 'unpaid', 'store_staff', 'forbidden'],
  ['pay', 'pending_review', 'system', 'wrong_state'],
  ['approve', 'pending_review', 'store_staff', 'approved'],
  ['approve', 'pending_review', 'manager', 'approved'],
  ['approve', 'pending_review', 'admin', 'approved'],
  ['approve', 'pending_review', 'warehouse', 'forbidden'],
  ['approve', 'approved', 'store_staff', 'wrong_state'],
  ['approve', 'on_hold', 'store_staff', 'wrong_state'],
  ['approve', 'unpaid', 'admin', 'wrong_state'],
  ['hold', 'pending_review', 'store_staff', 'on_hold'],
  ['hold', 'approved', 'warehouse', 'on_hold'],
  ['hold', 'allocated', 'warehouse', 'on_hold'],
  ['hold', 'shipped', 'admin', 'wrong_state'],
  ['hold', 'unpaid', 'store_staff', 'wrong_state'],
  ['hold', 'pending_review', 'system', 'forbidden'],
  ['release', 'on_hold', 'store_staff', 'pending_review'],
  ['release', 'on_hold', 'warehouse', 'pending_review'],
  ['release', 'pending_review', 'store_staff', 'wrong_state'],
  ['reject', 'pending_review', 'store_staff', 'cancelled'],
  ['reject', 'approved', 'store_staff', 'wrong_state'],
  ['reject', 'pending_review', 'warehouse', 'forbidden'],
  ['cancel', 'unpaid', 'system', 'cancelled'],
  ['cancel', 'allocated', 'manager', 'cancelled'],
  ['cancel', 'on_hold', 'store_staff', 'cancelled'],
  ['cancel', 'shipped', 'admin', 'wrong_state'],
  ['cancel', 'delivered', 'admin', 'wrong_state'],
  ['cancel', 'cancelled', 'admin', 'wrong_state'],
  ['cancel', 'approved', 'warehouse', 'forbidden'],
  ['allocate', 'approved', 'warehouse', 'allocated'],
  ['allocate', 'approved', 'store_staff', 'allocated'],
  ['allocate', 'pending_review', 'warehouse', 'wrong_state'],
  ['deallocate', 'allocated', 'warehouse', 'approved'],
  ['deallocate', 'shipped', 'warehouse', 'wrong_state'],
  ['ship', 'allocated', 'warehouse', 'shipped'],
  ['ship', 'allocated', 'store_staff', 'forbidden'],
  ['ship', 'approved', 'warehouse', 'wrong_state'],
  ['deliver', 'shipped', 'system', 'delivered'],
  ['deliver', 'shipped', 'admin', 'forbidden'],
  ['complete', 'delivered', 'system', 'completed'],
  ['complete', 'shipped', 'system', 'wrong_state'],
];

describe('order transitions', () => {
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

  it('answers for every action, state and actor without throwing', () => {
    for (const action of ORDER_ACTIONS)
      for (const from of ORDER_STATUSES)
        for (const actor of ACTORS)
          expect(typeof canTransition(action, from, actor)).toBe('boolean');
  });
});
