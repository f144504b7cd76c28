import { describe, expect, it } from 'vitest';
import type { Backend } from '@/api/backend';
import type { ReplenishmentLine, ReplenishmentQuery } from '@/api/contract/inventory';
import { isAbortError } from '@/api/errors';
import { createI18n } from '@/i18n';
import {
  fetchAllReplenishment,
  replenishmentCsv,
  replenishmentFileName,
} from './replenishment-csv';

function line(overrides: Partial<ReplenishmentLine> = {}): ReplenishmentLine {
  return {
    productId: 'prd-1',
    sku: 'SKU-0001',
    productName: '保温杯 500ml',
    category: '家居',
    locationId: 'loc-wh-sh',
    locationName: '上海青浦仓',
    available: 4,
    reorderPoint: 20,
    targetCoverDays: 14,
    velocity: 2.5,
    daysOfCover: 1.6,
    suggestedQuantity: 31,
    status: 'low',
    transfer: null,
    ...overrides,
  };
}

const zhT = async () => (await createI18n('zh-CN')).getFixedT(null);

describe('replenishmentCsv', () => {
  it('writes translated headers, one line per row, and the transfer columns', async () => {
    const csv = replenishmentCsv(
      [
        {
          line: line({
            transfer: {
              fromLocationId: 'loc-wh-gz',
              fromLocationName: '广州白云仓',
              quantity: 40,
              fromAvailable: 600,
              fromDaysOfCover: 95,
            },
          }),
          orderQuantity: 25,
          reviewed: true,
        },
        {
          line: line({ productId: 'prd-2', sku: 'SKU-0002', daysOfCover: null, velocity: 0 }),
          orderQuantity: 31,
          reviewed: false,
        },
      ],
      await zhT(),
    );
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      'SKU,商品,类目,地点,可用,补货点,日均销量,可售天数,目标可售天数,建议补货数量,订货数量,已审核,调出地点,建议调拨数量,调出地可用,调出地可售天数',
    );
    expect(rows[1]).toBe(
      'SKU-0001,保温杯 500ml,家居,上海青浦仓,4,20,2.5,1.6,14,31,25,是,广州白云仓,40,600,95',
    );
    expect(rows[2]).toBe('SKU-0002,保温杯 500ml,家居,上海青浦仓,4,20,0,无销量,14,31,31,,,,,');
    expect(rows[3]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes commas', async () => {
    const csv = replenishmentCsv(
      [
        {
          line: line({
            productName: '=HYPERLINK("http://x","y")',
            category: '杯,壶',
            available: -3,
          }),
          orderQuantity: 10,
          reviewed: false,
        },
      ],
      await zhT(),
    );
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(row).toContain('"杯,壶"');
    // A negative number is data, not a formula: it stays a number.
    expect(row).toContain(',-3,');
  });
});

describe('replenishmentFileName', () => {
  it('dates the file in the store time zone', () => {
    const at = new Date('2026-11-22T17:30:00Z'); // already 23 Nov in Shanghai
    expect(replenishmentFileName(at, 'Asia/Shanghai', false)).toBe('replenishment-2026-11-23.csv');
    expect(replenishmentFileName(at, 'Asia/Shanghai', true)).toBe(
      'replenishment-reviewed-2026-11-23.csv',
    );
  });
});

/** A backend of `count` lines that records each page asked for. */
function pagedBackend(count: number, asked: ReplenishmentQuery[]) {
  const all = Array.from({ length: count }, (_, i) =>
    line({ productId: `prd-${i}`, sku: `SKU-${i}` }),
  );
  const listReplenishment: Backend['listReplenishment'] = ({ query = {} }) => {
    asked.push(query);
    const page = Number(query.page ?? 1);
    const size = Number(query.pageSize ?? 50);
    return Promise.resolve({
      items: all.slice((page - 1) * size, page * size),
      total: count,
      page,
      pageSize: size,
    });
  };
  return { listReplenishment };
}

describe('fetchAllReplenishment', () => {
  it('fetches every page of the filter, reporting progress', async () => {
    const asked: ReplenishmentQuery[] = [];
    const progress: [number, number][] = [];
    const lines = await fetchAllReplenishment({
      backend: pagedBackend(2500, asked),
      filter: { category: ['家居'] },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(lines).toHaveLength(2500);
    expect(asked.map((q) => [q.page, q.pageSize, q.category])).toEqual([
      [1, 1000, ['家居']],
      [2, 1000, ['家居']],
      [3, 1000, ['家居']],
    ]);
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const asked: ReplenishmentQuery[] = [];
    const result = fetchAllReplenishment({
      backend: pagedBackend(2500, asked),
      filter: {},
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(result).rejects.toSatisfy(isAbortError);
    expect(asked).toHaveLength(1);
  });
});
