import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvFileName, type ChartTableModel } from './chart-csv';

describe('chart CSV', () => {
  const table: ChartTableModel = {
    columns: [
      { key: 'store', header: '门店' },
      { key: 'orders', header: '订单数', align: 'end' },
      { key: 'gmv', header: '成交额', align: 'end' },
    ],
    rows: [
      {
        id: 'a',
        cells: [
          { text: '上海南京西路店' },
          { text: '1,234', link: { href: '/orders?storeId=a', label: '查看订单' } },
          { text: '¥12,345.60' },
        ],
      },
      { id: 'b', cells: [{ text: '=HYPERLINK("x")' }, { text: '0' }, { text: '¥0.00' }] },
    ],
  };

  it('writes the headers and the cells as the table shows them', () => {
    expect(chartCsv(table)).toBe(
      '门店,订单数,成交额\r\n' +
        '上海南京西路店,"1,234","¥12,345.60"\r\n' +
        `"'=HYPERLINK(""x"")",0,¥0.00\r\n`,
    );
  });

  it.each([
    ['区域销售', '区域销售_2026-10-24_2026-11-22.csv'],
    ['Sales by region', 'Sales-by-region_2026-10-24_2026-11-22.csv'],
    ['Payment / shipment: hours?', 'Payment-shipment-hours_2026-10-24_2026-11-22.csv'],
  ])('names the file after the chart %s and the period', (chart, name) => {
    expect(chartCsvFileName(chart, { from: '2026-10-24', to: '2026-11-22' })).toBe(name);
  });
});
