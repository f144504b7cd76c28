import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  guessMapping,
  parseTable,
  parseTableInSlices,
  rowsFromTable,
  tableToText,
  type ColumnMapping,
} from './parse';

describe('parseTable', () => {
  it.each([
    [
      'tab-separated from Excel',
      'SO1\tSF1\nSO2\tSF2\n',
      '\t',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'comma-separated',
      'SO1,SF1\r\nSO2,SF2',
      ',',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'semicolon-separated',
      'SO1;SF1\nSO2;SF2',
      ';',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'space-separated',
      'SO1   SF1\nSO2 SF2',
      ' ',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    ['one column', 'SO1\nSO2', '\t', [['SO1'], ['SO2']]],
    ['a byte order mark', '\uFEFFSO1,SF1', ',', [['SO1', 'SF1']]],
    [
      'CR line ends',
      'SO1,SF1\rSO2,SF2',
      ',',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'blank lines',
      '\n\nSO1,SF1\n   \n\nSO2,SF2\n\n',
      ',',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'trailing empty columns',
      'SO1\tSF1\t\t\nSO2\tSF2\t',
      '\t',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    [
      'lines of empty cells',
      'SO1,SF1\n,,\nSO2,SF2',
      ',',
      [
        ['SO1', 'SF1'],
        ['SO2', 'SF2'],
      ],
    ],
    ['spaces around cells', ' SO1 , SF1 ', ',', [['SO1', 'SF1']]],
    ['a quoted comma', 'SO1,"SF1",",顺丰,"', ',', [['SO1', 'SF1', ',顺丰,']]],
    ['doubled quotes', 'SO1,"say ""hi"""', ',', [['SO1', 'say "hi"']]],
    [
      'a line break in quotes',
      'SO1,"a\r\nb"\nSO2,c',
      ',',
      [
        ['SO1', 'a\r\nb'],
        ['SO2', 'c'],
      ],
    ],
    [
      'a tab in quotes (Excel)',
      'SO1\t"a\tb"\nSO2\tc',
      '\t',
      [
        ['SO1', 'a\tb'],
        ['SO2', 'c'],
      ],
    ],
    ['a comma in quotes only', '"a,b"\nc', '\t', [['a,b'], ['c']]],
    ['an unterminated quote', 'SO1,"SF1', ',', [['SO1', 'SF1']]],
    ['nothing', '', '\t', []],
  ] as const)('reads %s', (_, text, delimiter, rows) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(parseTable(text).rows).toEqual(rows);
  });

  it('reads the same in slices as at once', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `SO${i},"SF${i}",顺丰`).join('\r\n');
    const sliced = await parseTableInSlices(text);
    expect(sliced).toEqual(parseTable(text));
    expect(sliced.rows).toHaveLength(3000);
  });

  it('stops when aborted between slices', async () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `SO${i}\tSF${i}`).join('\n');
    const controller = new AbortController();
    const parsing = parseTableInSlices(text, controller.signal);
    controller.abort();
    await expect(parsing).rejects.toThrow();
  });

  it('writes a table back to text that reads the same', () => {
    const rows = [
      ['SO1', 'a\tb', 'say "hi"'],
      ['SO2', 'line\nbreak', ''],
    ];
    expect(parseTable(tableToText(rows)).rows).toEqual([rows[0], ['SO2', 'line\nbreak']]);
  });
});

describe('guessMapping', () => {
  it.each<[string, string[][], ColumnMapping]>([
    [
      'a Chinese header',
      [
        ['订单号', '快递单号', '快递公司'],
        ['SO2026112200001', 'SF1234567890123', '顺丰'],
      ],
      { hasHeader: true, roles: ['order', 'waybill', 'carrier'] },
    ],
    [
      'a header in another order',
      [
        ['运单号', '承运商', '订单编号'],
        ['SF1234567890123', '顺丰', 'SO2026112200001'],
      ],
      { hasHeader: true, roles: ['waybill', 'carrier', 'order'] },
    ],
    [
      'an English header',
      [
        ['Tracking number', 'Order No.', 'Carrier'],
        ['SF1234567890123', 'SO1234567', 'SF'],
      ],
      { hasHeader: true, roles: ['waybill', 'order', 'carrier'] },
    ],
    [
      'a header naming the order and the waybill only',
      [
        ['order', 'waybill', 'note'],
        ['SO1234567', 'SF1234567890123', 'fragile'],
      ],
      { hasHeader: true, roles: ['order', 'waybill', 'ignore'] },
    ],
    [
      'no header, order number second',
      [
        ['SF1234567890123', 'SO2026112200001'],
        ['SF1234567890124', 'SO2026112200002'],
      ],
      { hasHeader: false, roles: ['waybill', 'order'] },
    ],
    [
      'no header, three columns with carrier first',
      [
        ['中通', 'SO2026112200001', '731234567890123'],
        ['顺丰快递', 'SO2026112200002', 'SF1234567890124'],
      ],
      { hasHeader: false, roles: ['carrier', 'order', 'waybill'] },
    ],
    [
      'no header and no SO numbers: left to right',
      [
        ['A-1', 'B-1'],
        ['A-2', 'B-2'],
      ],
      { hasHeader: false, roles: ['order', 'waybill'] },
    ],
    ['one column only', [['SO2026112200001']], { hasHeader: false, roles: ['order', 'waybill'] }],
  ])('guesses from %s', (_, rows, mapping) => {
    expect(guessMapping(rows)).toEqual(mapping);
  });
});

describe('rowsFromTable', () => {
  it('takes the mapped columns, skips the header and reads carrier names', () => {
    const table = [
      ['快递公司', '订单号', '备注', '快递单号'],
      ['顺丰', 'SO1', 'x', 'SF1'],
      ['', 'SO2', '', 'ZT2'],
      ['菜鸟', 'SO3', '', 'CN3'],
      ['', '', 'only a note'],
    ];
    const mapping: ColumnMapping = {
      hasHeader: true,
      roles: ['carrier', 'order', 'ignore', 'waybill'],
    };
    expect(rowsFromTable(table, mapping)).toEqual([
      { orderNumber: 'SO1', waybill: 'SF1', carrier: 'SF', unknownCarrier: '' },
      { orderNumber: 'SO2', waybill: 'ZT2', carrier: null, unknownCarrier: '' },
      { orderNumber: 'SO3', waybill: 'CN3', carrier: null, unknownCarrier: '菜鸟' },
    ]);
  });

  it('keeps the first row when there is no header, and a row missing its waybill', () => {
    const mapping: ColumnMapping = { hasHeader: false, roles: ['order', 'waybill'] };
    expect(rowsFromTable([['SO1', 'SF1'], ['SO2']], mapping)).toEqual([
      { orderNumber: 'SO1', waybill: 'SF1', carrier: null, unknownCarrier: '' },
      { orderNumber: 'SO2', waybill: '', carrier: null, unknownCarrier: '' },
    ]);
  });
});
