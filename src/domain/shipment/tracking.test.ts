import { describe, expect, it } from 'vitest';
import {
  EXCEPTION_KINDS,
  PUBLIC_STEPS,
  TRACKING_EVENT_CODES,
  TRACKING_STATUSES,
  canAdvanceTracking,
  isOpenTracking,
  publicStep,
  type PublicStep,
  type TrackingStatus,
} from './tracking';

describe('tracking transitions', () => {
  it.each([
    ['pending', 'info_received', true],
    ['info_received', 'in_transit', true],
    ['in_transit', 'out_for_delivery', true],
    ['out_for_delivery', 'delivered', true],
    ['out_for_delivery', 'failed_attempt', true],
    ['failed_attempt', 'out_for_delivery', true],
    ['failed_attempt', 'available_for_pickup', true],
    ['failed_attempt', 'exception', true],
    ['in_transit', 'available_for_pickup', true],
    ['available_for_pickup', 'delivered', true],
    ['pending', 'expired', true],
    ['info_received', 'expired', true],
    ['in_transit', 'expired', false],
    ['delivered', 'in_transit', false],
    ['in_transit', 'delivered', false],
    ['exception', 'in_transit', false],
  ] as [TrackingStatus, TrackingStatus, boolean][])('%s -> %s: %s', (from, to, expected) => {
    expect(canAdvanceTracking(from, to)).toBe(expected);
  });

  it('lets every open state fall into exception', () => {
    for (const status of TRACKING_STATUSES.filter(isOpenTracking)) {
      expect(canAdvanceTracking(status, 'exception')).toBe(true);
    }
  });

  it.each([
    ['pending', 'confirmed'],
    ['info_received', 'shipped'],
    ['in_transit', 'on_its_way'],
    ['failed_attempt', 'out_for_delivery'],
    ['available_for_pickup', 'out_for_delivery'],
    ['delivered', 'delivered'],
  ] as const)('%s shows as step %s', (status, step) => {
    expect(publicStep(status)).toBe(step);
  });
});

describe('the public page’s five steps', () => {
  it.each([
    ['pending', 'confirmed'],
    ['info_received', 'shipped'],
    ['in_transit', 'on_its_way'],
    ['out_for_delivery', 'out_for_delivery'],
    ['failed_attempt', 'out_for_delivery'],
    ['available_for_pickup', 'out_for_delivery'],
    ['delivered', 'delivered'],
    ['exception', 'on_its_way'],
    ['expired', 'on_its_way'],
  ] as [TrackingStatus, PublicStep][])('%s is step %s', (status, step) => {
    expect(publicStep(status)).toBe(step);
  });

  it('covers every status', () => {
    for (const status of TRACKING_STATUSES) expect(PUBLIC_STEPS).toContain(publicStep(status));
  });

  it('never steps back along the usual path', () => {
    const path: TrackingStatus[] = [
      'pending',
      'info_received',
      'in_transit',
      'out_for_delivery',
      'delivered',
    ];
    const steps = path.map((status) => PUBLIC_STEPS.indexOf(publicStep(status)));
    expect(steps).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('closed states', () => {
  it.each([
    ['pending', true],
    ['info_received', true],
    ['in_transit', true],
    ['out_for_delivery', true],
    ['failed_attempt', true],
    ['available_for_pickup', true],
    ['delivered', false],
    ['exception', false],
    ['expired', false],
  ] as [TrackingStatus, boolean][])('%s open: %s', (status, open) => {
    expect(isOpenTracking(status)).toBe(open);
  });

  it('lead nowhere', () => {
    for (const from of TRACKING_STATUSES.filter((s) => !isOpenTracking(s)))
      for (const to of TRACKING_STATUSES) expect(canAdvanceTracking(from, to)).toBe(false);
  });

  it('never loop a status back to itself', () => {
    for (const status of TRACKING_STATUSES) expect(canAdvanceTracking(status, status)).toBe(false);
  });
});

describe('event codes and exception kinds', () => {
  it('are distinct snake_case words, one per thing a carrier reports', () => {
    for (const list of [TRACKING_EVENT_CODES, EXCEPTION_KINDS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const code of list) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('name the delivery, the failed attempt, the pickup point and the expiry', () => {
    expect(TRACKING_EVENT_CODES).toEqual(
      expect.arrayContaining([
        'label_created',
        'picked_up',
        'delivery_failed',
        'ready_for_pickup',
        'delivered',
        'delivered_to_locker',
        'exception',
        'expired',
      ]),
    );
  });
});
