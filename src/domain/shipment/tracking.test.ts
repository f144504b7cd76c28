import { describe, expect, it } from 'vitest';
import {
  TRACKING_STATUSES,
  canAdvanceTracking,
  isOpenTracking,
  publicStep,
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
