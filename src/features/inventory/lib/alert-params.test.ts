import { describe, expect, it } from 'vitest';
import { ALERT_STATES } from '@/domain/inventory/vocabulary';
import { alertQueryOf, DEFAULT_ALERT_LIST, parseAlertParams, toAlertParams } from './alert-params';

describe('alert list URL', () => {
  it('reads the filters and falls back to the defaults for anything unknown', () => {
    expect(
      parseAlertParams(new URLSearchParams('state=snoozed&level=out&locationId=loc-1&page=2')),
    ).toEqual({
      ...DEFAULT_ALERT_LIST,
      state: 'snoozed',
      level: 'out',
      locationId: 'loc-1',
      page: 2,
    });
    expect(parseAlertParams(new URLSearchParams('state=gone&level=high&page=-1'))).toEqual(
      DEFAULT_ALERT_LIST,
    );
  });

  it('writes only what differs from the defaults', () => {
    expect(toAlertParams(DEFAULT_ALERT_LIST).toString()).toBe('');
    expect(
      toAlertParams({ ...DEFAULT_ALERT_LIST, level: 'low', category: '饮料' }).toString(),
    ).toBe(new URLSearchParams({ level: 'low', category: '饮料' }).toString());
  });

  it('asks the server for every live state by default, and for all of them with "all"', () => {
    expect(alertQueryOf(DEFAULT_ALERT_LIST).state).toBeUndefined();
    expect(alertQueryOf({ ...DEFAULT_ALERT_LIST, state: 'all' }).state).toEqual([...ALERT_STATES]);
    expect(alertQueryOf({ ...DEFAULT_ALERT_LIST, state: 'open', level: 'out' })).toMatchObject({
      state: ['open'],
      level: ['out'],
    });
  });
});
