import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_QUEUE,
  newOrdersQueryOf,
  parseReviewParams,
  reviewListQueryOf,
  toReviewParams,
} from './review-params';

describe('review queue URL state', () => {
  it('round-trips filters and the selected order through the URL', () => {
    const state = { q: '5678', storeId: 'st-sh-1', risky: true, order: 'o1' };
    const params = toReviewParams(state);
    expect(params.toString()).toBe('q=5678&storeId=st-sh-1&risky=1&order=o1');
    expect(parseReviewParams(params)).toEqual(state);
  });

  it('keeps defaults out of the URL and survives hand-edited values', () => {
    expect(toReviewParams(DEFAULT_REVIEW_QUEUE).toString()).toBe('');
    expect(parseReviewParams(new URLSearchParams('risky=yes&q=%20%20'))).toEqual(
      DEFAULT_REVIEW_QUEUE,
    );
  });

  it('asks for pending orders oldest first, pinned to when the queue was loaded', () => {
    const pinnedAt = '2026-11-22T08:00:00.000Z';
    const state = { ...DEFAULT_REVIEW_QUEUE, storeId: 'st-1', risky: true };
    expect(reviewListQueryOf(state, pinnedAt)).toMatchObject({
      status: 'pending_review',
      sort: 'placedAt',
      placedUpTo: pinnedAt,
      storeId: ['st-1'],
      riskFlagged: true,
    });
    expect(newOrdersQueryOf(state, pinnedAt)).toEqual({
      storeId: ['st-1'],
      riskFlagged: true,
      q: undefined,
      placedAfter: pinnedAt,
    });
  });
});
