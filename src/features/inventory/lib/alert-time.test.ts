import { describe, expect, it } from 'vitest';
import { snoozeDateProblem, timeAgo } from './alert-time';

const NOW = Date.parse('2026-03-02T04:00:00Z'); // 12:00 in Shanghai, 2 March

describe('timeAgo', () => {
  it('uses the largest whole unit, and leaves "just now" to the caller', () => {
    expect(timeAgo('2026-03-02T03:59:30Z', NOW, 'zh-CN')).toBeNull();
    expect(timeAgo('2026-03-02T03:15:00Z', NOW, 'en')).toBe('45 min. ago');
    expect(timeAgo('2026-03-02T01:00:00Z', NOW, 'zh-CN')).toBe('3小时前');
    expect(timeAgo('2026-02-27T04:00:00Z', NOW, 'en')).toBe('3 days ago');
  });
});

describe('snoozeDateProblem', () => {
  it('wants a date from tomorrow to 90 days ahead in the location’s zone', () => {
    expect(snoozeDateProblem('', NOW, 'Asia/Shanghai')).toBe('required');
    expect(snoozeDateProblem('2026-03-02', NOW, 'Asia/Shanghai')).toBe('range');
    expect(snoozeDateProblem('2026-03-03', NOW, 'Asia/Shanghai')).toBeNull();
    expect(snoozeDateProblem('2026-05-31', NOW, 'Asia/Shanghai')).toBeNull();
    expect(snoozeDateProblem('2026-06-01', NOW, 'Asia/Shanghai')).toBe('range');
    expect(snoozeDateProblem('2026-02-30', NOW, 'Asia/Shanghai')).toBe('range');
  });
});
