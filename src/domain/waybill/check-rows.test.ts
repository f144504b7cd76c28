import { describe, expect, it } from 'vitest';
import { CARRIERS, type Carrier } from './carriers';
import { checkWaybillRows, type WaybillRowInput } from './check';

function row(
  orderNumber: string,
  waybill: string,
  more: Partial<WaybillRowInput> = {},
): WaybillRowInput {
  return { orderNumber, waybill, carrier: null, ...more };
}

describe('checkWaybillRows', () => {
  it('checks each number as checkWaybillNumber does', () => {
    expect(
      checkWaybillRows([
        row('SO1', 'sf 1234-5678-90123'),
        row('SO2', '1Z4A7B2C0312345673', { carrier: 'UPS' }),
        row('SO3', ''),
      ]),
    ).toEqual([
      { normalised: 'SF1234567890123', carrier: 'SF', problems: ['pattern_only'] },
      { normalised: '1Z4A7B2C0312345673', carrier: 'UPS', problems: [] },
      { normalised: '', carrier: null, problems: ['waybill_missing'] },
    ]);
  });

  it('marks every row sharing a number, however it was typed', () => {
    const results = checkWaybillRows([
      row('SO1', 'SF1234567890123'),
      row('SO2', 'ＳＦ１２３４５６７８９０１２３'),
      row('SO3', 'SF1234567890124'),
      row('SO4', 'sf 1234 5678 90123'),
    ]);
    expect(results.map((r) => r.problems.includes('duplicate_in_batch'))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('does not call blank numbers duplicates', () => {
    const results = checkWaybillRows([row('SO1', ' '), row('SO2', '')]);
    expect(results.map((r) => r.problems)).toEqual([['waybill_missing'], ['waybill_missing']]);
  });

  it('marks every row of an order that appears twice, whatever the case and spaces', () => {
    const results = checkWaybillRows([
      row('SO2026112200123', 'SF1234567890123'),
      row(' so2026112200123 ', 'SF1234567890124'),
      row('SO2026112200124', 'SF1234567890125'),
    ]);
    expect(results.map((r) => r.problems)).toEqual([
      ['pattern_only', 'order_twice_in_batch'],
      ['pattern_only', 'order_twice_in_batch'],
      ['pattern_only'],
    ]);
  });

  it('asks for the order when its number is blank', () => {
    const results = checkWaybillRows([row('  ', 'SF1234567890123'), row('', 'SF1234567890124')]);
    expect(results.map((r) => r.problems)).toEqual([
      ['pattern_only', 'order_missing'],
      ['pattern_only', 'order_missing'],
    ]);
  });

  it('warns when the carrier differs from the allocated one', () => {
    const results = checkWaybillRows([
      row('SO1', '1Z4A7B2C0312345673', { allocatedCarrier: 'SF' }),
      row('SO2', 'JDX000123456789', { carrier: 'JD', allocatedCarrier: 'SF' }),
      row('SO3', 'SF1234567890123', { allocatedCarrier: 'SF' }),
      row('SO4', 'SF1234567890124', { allocatedCarrier: null }),
      row('SO5', 'no idea', { allocatedCarrier: 'SF' }),
    ]);
    expect(results.map((r) => [r.carrier, r.problems])).toEqual([
      ['UPS', ['carrier_differs']],
      ['JD', ['pattern_only', 'carrier_differs']],
      ['SF', ['pattern_only']],
      ['SF', ['pattern_only']],
      [null, ['unknown_format']],
    ]);
  });

  it('lists problems in the order of WAYBILL_PROBLEMS', () => {
    const [first] = checkWaybillRows([
      row('', '1Z4A7B2C0312345674', { allocatedCarrier: 'SF' }),
      row('', '1z4a7b2c0312345674'),
    ]);
    expect(first?.problems).toEqual([
      'check_digit',
      'carrier_differs',
      'duplicate_in_batch',
      'order_missing',
    ]);
  });

  it('checks 10,000 rows in linear time', () => {
    const carriers: Carrier[] = [...CARRIERS];
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(`SO${String(i % 9_990).padStart(10, '0')}`, `SF${String(i % 9_995).padStart(13, '0')}`, {
        carrier: i % 2 === 0 ? null : 'SF',
        allocatedCarrier: carriers[i % carriers.length] ?? null,
      }),
    );
    const results = checkWaybillRows(rows);

    expect(results).toHaveLength(10_000);
    expect(results.filter((r) => r.problems.includes('duplicate_in_batch'))).toHaveLength(10);
    expect(results.filter((r) => r.problems.includes('order_twice_in_batch'))).toHaveLength(20);
    expect(results.filter((r) => r.problems.includes('carrier_differs')).length).toBeGreaterThan(
      9_000,
    );
    // Ten times the rows, about ten times the time (the fastest of a few runs, to see past a busy
    // machine; small batches are kinder to caches, hence the slack); quadratic work would take a
    // hundred times as long.
    const tenth = rows.slice(0, 1_000);
    const fastestTenth = fastestRun(() => checkWaybillRows(tenth));
    expect(fastestRun(() => checkWaybillRows(rows))).toBeLessThan(40 * fastestTenth + 10);
  });
});

function fastestRun(work: () => void): number {
  let fastest = Infinity;
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
