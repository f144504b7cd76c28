import { describe, expect, it } from 'vitest';
import { CSV_MEDIA_TYPE, csvBlob, neutraliseCell, toCsv } from './csv';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+86 138 0000 0000', "'+86 138 0000 0000"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['-', "'-"],
  ])('puts an apostrophe before a formula start: %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each([
    ['plain text', 'SO2026112200123'],
    ['Chinese', '张三'],
    ['empty', ''],
    ['a formula sign later in the text', 'a=b'],
    ['a leading space', ' =1'],
    ['a whole number', '12'],
    ['a negative amount', '-12.50'],
    ['a positive amount', '128.00'],
    ['a masked phone', '138****5678'],
  ])('leaves %s alone', (_, value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('toCsv', () => {
  it.each([
    ['plain cells', [['a', 'b', 'c']], 'a,b,c\r\n'],
    ['several rows, each ended by CRLF', [['a'], ['b']], 'a\r\nb\r\n'],
    ['a comma', [['上海, 静安区', 'x']], '"上海, 静安区",x\r\n'],
    ['a double quote, doubled', [['say "hi"']], '"say ""hi"""\r\n'],
    ['a line feed', [['line 1\nline 2']], '"line 1\nline 2"\r\n'],
    ['a CRLF inside a cell', [['line 1\r\nline 2']], '"line 1\r\nline 2"\r\n'],
    ['empty cells', [['', 'b', '']], ',b,\r\n'],
    [
      'Chinese',
      [
        ['订单号', '客户'],
        ['SO1', '张三'],
      ],
      '订单号,客户\r\nSO1,张三\r\n',
    ],
    ['no rows', [], ''],
    ['a formula, neutralised', [['=1+1', 'ok']], "'=1+1,ok\r\n"],
    ['a formula with a comma: neutralised, then quoted', [['=SUM(1,2)']], '"\'=SUM(1,2)"\r\n'],
    ['a formula after a line break start', [['\n=1']], '"\'\n=1"\r\n'],
    ['a negative amount stays a number', [['-12.50']], '-12.50\r\n'],
  ])('%s', (_, rows: string[][], expected) => {
    expect(toCsv(rows)).toBe(expected);
  });
});

describe('csvBlob', () => {
  it('starts with a UTF-8 byte order mark and keeps Chinese as UTF-8', async () => {
    const blob = csvBlob('订单号\r\n');
    expect(blob.type).toBe(CSV_MEDIA_TYPE);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('订单号\r\n');
  });
});
