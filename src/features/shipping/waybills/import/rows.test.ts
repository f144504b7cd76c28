import { describe, expect, it } from 'vitest';
import type { Carrier } from '@/domain/waybill/carriers';
import { checkWaybillRows } from '@/domain/waybill/check';
import { checkLocally, checkNumber, type PreviewRow } from './rows';

function row(
  id: number,
  orderNumber: string,
  waybill: string,
  carrier: Carrier | null,
  allocatedCarrier: Carrier | null = null,
): PreviewRow {
  return {
    id,
    orderNumber,
    waybill,
    carrier,
    unknownCarrier: '',
    ...checkNumber({ waybill, carrier }),
    local: [],
    remote: null,
    allocatedCarrier,
    notSent: false,
  };
}

describe('checkLocally', () => {
  it('finds what checkWaybillRows finds', () => {
    const rows = [
      row(1, 'SO1', 'SF1234567890123', 'SF', 'SF'),
      row(2, 'SO2', 'SF1234567890123', null, 'ZTO'),
      row(3, 'so1', '78123456789012', null),
      row(4, '', '', null),
      row(5, 'SO5', 'EA123456785CN', 'EMS', 'EMS'),
      row(6, 'SO6', 'EA123456784CN', 'EMS'),
      row(7, 'SO7', 'hello', null),
      row(8, 'SO8', 'jdx 1234-5678-9012-1-1-', 'JD', 'SF'),
    ];
    const expected = checkWaybillRows(rows).map((check) => check.problems);
    expect(checkLocally(rows).map((r) => r.local)).toEqual(expected);
  });

  it('adds an unknown carrier name and keeps unchanged rows as they were', () => {
    const unknown = { ...row(1, 'SO1', 'SF1234567890123', null), unknownCarrier: '菜鸟' };
    const [checked] = checkLocally([unknown]);
    expect(checked?.local).toContain('carrier_unknown');
    const again = checkLocally(checkLocally([unknown]));
    expect(checkLocally(again)[0]).toBe(again[0]);
  });
});
