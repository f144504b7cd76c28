import { describe, expect, it } from 'vitest';
import { niceAxis } from './nice-axis';

describe('a value axis from zero', () => {
  it.each([
    // max, ticks asked, whole numbers, expected ticks
    [2688, 5, true, [0, 1000, 2000, 3000]],
    [1130, 5, true, [0, 500, 1000, 1500]],
    [97_823_260, 5, false, [0, 25_000_000, 50_000_000, 75_000_000, 100_000_000]],
    [3.1, 5, true, [0, 1, 2, 3, 4]],
    [0.058, 4, false, [0, 0.02, 0.04, 0.06]],
    [0.9, 5, false, [0, 0.25, 0.5, 0.75, 1]],
    [7, 5, true, [0, 2, 4, 6, 8]],
    [2, 5, true, [0, 1, 2]],
    [100, 5, true, [0, 25, 50, 75, 100]],
  ])('%d in %d ticks (whole numbers: %s)', (max, count, whole, ticks) => {
    const axis = niceAxis(max, count, whole);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.domain).toEqual([0, ticks[ticks.length - 1]]);
  });

  it('keeps an axis without any value readable', () => {
    expect(niceAxis(0, 5, true).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(niceAxis(0, 5).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceAxis(Number.NaN, 3).domain).toEqual([0, 1]);
  });
});
