import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE, parseQueueParams, toQueueParams } from './queue-params';

describe('shipping queue URL state', () => {
  it('defaults to the oldest orders first, every carrier, 50 a page', () => {
    expect(parseQueueParams(new URLSearchParams())).toEqual(DEFAULT_QUEUE);
    expect(toQueueParams(DEFAULT_QUEUE).toString()).toBe('');
  });

  it('round-trips the carrier, sort and page', () => {
    const state = parseQueueParams(
      new URLSearchParams('carrier=SF&sort=-total&page=2&pageSize=100'),
    );
    expect(state).toEqual({ carrier: 'SF', sort: '-total', page: 2, pageSize: 100 });
    expect(toQueueParams(state).toString()).toBe('carrier=SF&sort=-total&page=2&pageSize=100');
  });

  it('ignores an unknown carrier', () => {
    expect(parseQueueParams(new URLSearchParams('carrier=UPS')).carrier).toBe('');
  });
});
