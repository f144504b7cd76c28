import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, parseQueueParams, shippedQueryOf, toQueueParams } from './queue-params';

describe('shipping overview URL state', () => {
  it('defaults to the queue, oldest orders first, every carrier and location, 50 a page', () => {
    expect(parseQueueParams(new URLSearchParams())).toEqual(DEFAULT_QUEUE);
    expect(toQueueParams(DEFAULT_QUEUE).toString()).toBe('');
  });

  it('round-trips the carrier, sort and page', () => {
    const state = parseQueueParams(
      new URLSearchParams('carrier=SF&sort=-total&page=2&pageSize=100'),
    );
    expect(state).toEqual({
      ...DEFAULT_QUEUE,
      carrier: 'SF',
      sort: '-total',
      page: 2,
      pageSize: 100,
    });
    expect(toQueueParams(state).toString()).toBe('carrier=SF&sort=-total&page=2&pageSize=100');
  });

  it('round-trips the shipped tab with its search and location', () => {
    const state = parseQueueParams(new URLSearchParams('tab=shipped&location=loc-wh-sh&q=SF123'));
    expect(state).toMatchObject({ tab: 'shipped', location: 'loc-wh-sh', q: 'SF123' });
    expect(toQueueParams(state).toString()).toBe('tab=shipped&location=loc-wh-sh&q=SF123');
    expect(shippedQueryOf(state)).toEqual({
      locationId: 'loc-wh-sh',
      q: 'SF123',
      page: 1,
      pageSize: 50,
    });
  });

  it('ignores an unknown carrier or tab', () => {
    expect(parseQueueParams(new URLSearchParams('carrier=XX')).carrier).toBe('');
    expect(parseQueueParams(new URLSearchParams('tab=nope')).tab).toBe('toShip');
  });
});
