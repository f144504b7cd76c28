import { describe, expect, it } from 'vitest';
import { jsonInSlices } from './user-store';

describe('jsonInSlices', () => {
  it('writes what JSON.stringify writes, long arrays and toJSON included', async () => {
    const value = {
      text: 'a\tb\n"c"',
      nothing: null,
      skipped: undefined,
      nested: { list: [1, 2, 3] },
      rows: Array.from({ length: 2500 }, (_, i) => ({ toJSON: () => [i, `SO${i}`, null] })),
      empty: [],
    };
    expect(await jsonInSlices(value, () => false)).toBe(JSON.stringify(value));
  });

  it('gives up when a newer write has landed meanwhile', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => i);
    let stale = false;
    const written = jsonInSlices({ rows }, () => stale);
    stale = true;
    expect(await written).toBeNull();
  });
});
