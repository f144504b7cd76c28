import { describe, expect, it } from 'vitest';
import {
  alertStep,
  effectiveAlertState,
  isValidSnoozeDate,
  snoozeDateRange,
  snoozeUntil,
  type AlertFacts,
} from './alerts';

const JUNE_1 = Date.UTC(2026, 5, 1);
const open = (level: AlertFacts['level']): AlertFacts => ({
  level,
  state: 'open',
  snoozedUntil: null,
});
const acknowledged = (level: AlertFacts['level']): AlertFacts => ({
  level,
  state: 'acknowledged',
  snoozedUntil: null,
});
const untilLevelChanges = (level: AlertFacts['level']): AlertFacts => ({
  level,
  state: 'snoozed',
  snoozedUntil: null,
});
const untilDate = (level: AlertFacts['level']): AlertFacts => ({
  level,
  state: 'snoozed',
  snoozedUntil: JUNE_1,
});

describe('alertStep', () => {
  it.each([
    ['no alert, stock fine', null, null, { kind: 'none' }],
    ['no alert, low', null, 'low', { kind: 'raise', level: 'low' }],
    ['no alert, out', null, 'out', { kind: 'raise', level: 'out' }],
    ['open low stays low', open('low'), 'low', { kind: 'none' }],
    ['acknowledged out stays out', acknowledged('out'), 'out', { kind: 'none' }],
    [
      'snoozed until the level changes, same level',
      untilLevelChanges('low'),
      'low',
      { kind: 'none' },
    ],
    ['snoozed until a date, same level', untilDate('out'), 'out', { kind: 'none' }],
    ['open low -> out', open('low'), 'out', { kind: 'level_changed', level: 'out', state: 'open' }],
    ['open out -> low', open('out'), 'low', { kind: 'level_changed', level: 'low', state: 'open' }],
    [
      'acknowledged low -> out opens again',
      acknowledged('low'),
      'out',
      { kind: 'level_changed', level: 'out', state: 'open' },
    ],
    [
      'acknowledged out -> low opens again',
      acknowledged('out'),
      'low',
      { kind: 'level_changed', level: 'low', state: 'open' },
    ],
    [
      'snoozed until the level changes: low -> out opens again',
      untilLevelChanges('low'),
      'out',
      { kind: 'level_changed', level: 'out', state: 'open' },
    ],
    [
      'snoozed until a date: low -> out stays snoozed',
      untilDate('low'),
      'out',
      { kind: 'level_changed', level: 'out', state: 'snoozed' },
    ],
    [
      'snoozed until a date: out -> low stays snoozed',
      untilDate('out'),
      'low',
      { kind: 'level_changed', level: 'low', state: 'snoozed' },
    ],
    ['open recovers', open('low'), null, { kind: 'clear' }],
    ['acknowledged recovers', acknowledged('out'), null, { kind: 'clear' }],
    ['snoozed until the level changes recovers', untilLevelChanges('low'), null, { kind: 'clear' }],
    ['snoozed until a date recovers', untilDate('out'), null, { kind: 'clear' }],
  ] as const)('%s', (_case, live, level, step) => {
    expect(alertStep(live, level)).toEqual(step);
  });
});

describe('effectiveAlertState', () => {
  it.each([
    ['open', open('low'), JUNE_1, 'open'],
    ['acknowledged', acknowledged('low'), JUNE_1, 'acknowledged'],
    ['snoozed until the level changes, any time', untilLevelChanges('out'), JUNE_1 * 2, 'snoozed'],
    ['snoozed until a date, 1 ms before', untilDate('low'), JUNE_1 - 1, 'snoozed'],
    ['snoozed until a date, at the moment', untilDate('low'), JUNE_1, 'open'],
    ['snoozed until a date, after', untilDate('low'), JUNE_1 + 1, 'open'],
  ] as const)('%s -> %s', (_case, facts, now, state) => {
    expect(effectiveAlertState(facts, now)).toBe(state);
  });
});

describe('snoozeUntil', () => {
  it.each([
    ['2026-03-11', 'UTC', '2026-03-11T00:00:00.000Z'],
    ['2026-03-11', 'Asia/Shanghai', '2026-03-10T16:00:00.000Z'],
    ['2026-03-11', 'Asia/Kolkata', '2026-03-10T18:30:00.000Z'],
    // Daylight saving starts at 02:00 that day: midnight is still standard time (UTC-5).
    ['2024-03-10', 'America/New_York', '2024-03-10T05:00:00.000Z'],
    ['2024-03-11', 'America/New_York', '2024-03-11T04:00:00.000Z'],
    // The clocks jump from 00:00 to 01:00: the day starts at the jump.
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
    // The clocks fall back from 24:00 to 23:00 the evening before: one midnight, in the new offset.
    ['2024-04-07', 'America/Santiago', '2024-04-07T04:00:00.000Z'],
  ])('%s in %s -> %s', (date, timeZone, instant) => {
    expect(new Date(snoozeUntil(date, timeZone)).toISOString()).toBe(instant);
  });

  it('refuses what is not a date', () => {
    expect(() => snoozeUntil('2026-02-30', 'UTC')).toThrow(RangeError);
  });
});

describe('isValidSnoozeDate', () => {
  // 18:00 on 10 March in UTC is already 02:00 on 11 March in Shanghai.
  const now = Date.UTC(2026, 2, 10, 18);

  it.each([
    ['2026-03-10', 'Asia/Shanghai', false],
    ['2026-03-11', 'Asia/Shanghai', false],
    ['2026-03-12', 'Asia/Shanghai', true],
    ['2026-06-09', 'Asia/Shanghai', true],
    ['2026-06-10', 'Asia/Shanghai', false],
    ['2026-03-10', 'UTC', false],
    ['2026-03-11', 'UTC', true],
    ['2026-06-08', 'UTC', true],
    ['2026-06-09', 'UTC', false],
    ['2026-02-30', 'UTC', false],
    ['11/03/2026', 'UTC', false],
    ['', 'UTC', false],
  ])('%s in %s -> %s', (date, timeZone, valid) => {
    expect(isValidSnoozeDate(date, now, timeZone)).toBe(valid);
  });

  it.each([
    ['Asia/Shanghai', { min: '2026-03-12', max: '2026-06-09' }],
    ['UTC', { min: '2026-03-11', max: '2026-06-08' }],
  ])('offers tomorrow to 90 days ahead in %s', (timeZone, range) => {
    expect(snoozeDateRange(now, timeZone)).toEqual(range);
  });
});
