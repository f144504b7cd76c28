import { describe, expect, it } from 'vitest';
import { readInSlices, readWhole, type TableCache } from './read-source';

const TEXT = [
  '订单号\t快递单号\t快递公司',
  'SO2026112200123\tSF1234567890123\t顺丰',
  'SO2026112200124\t731234567890123\t中通',
  'SO2026112200124\tSF1234567890123\t菜鸟',
].join('\n');

describe('reading a text in the worker and on the page', () => {
  it('gives the same mapping, head and rows either way', async () => {
    const cache: { last: TableCache | null } = { last: null };
    const whole = readWhole({ kind: 'read', text: TEXT, mapping: null, firstId: 7 }, cache);
    const sliced = await readInSlices(
      { kind: 'read', text: TEXT, mapping: null, firstId: 7 },
      new AbortController().signal,
    );
    expect(whole).toEqual(sliced);
    if (whole.kind !== 'read') throw new Error('expected rows');
    expect(whole.read.mapping).toEqual({ hasHeader: true, roles: ['order', 'waybill', 'carrier'] });
    expect(whole.read.head).toHaveLength(2);
    expect(whole.read.rows.map((row) => row.id)).toEqual([7, 8, 9]);
    expect(whole.read.rows[1]?.local).toContain('order_twice_in_batch');
    expect(whole.read.rows[2]?.local).toContain('carrier_unknown');
  });

  it('keeps the table of the last text, so a new mapping parses nothing again', () => {
    const cache: { last: TableCache | null } = { last: null };
    readWhole({ kind: 'head', text: TEXT }, cache);
    const table = cache.last?.rows;
    const remapped = readWhole(
      {
        kind: 'read',
        text: TEXT,
        mapping: { hasHeader: false, roles: ['order', 'waybill'] },
        firstId: 1,
      },
      cache,
    );
    expect(cache.last?.rows).toBe(table);
    if (remapped.kind !== 'read') throw new Error('expected rows');
    expect(remapped.read.rows).toHaveLength(4);
  });
});
