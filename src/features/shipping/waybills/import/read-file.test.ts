import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseTable } from './parse';
import { decodeText, textOfFile, UnsupportedFileError } from './read-file';

function file(bytes: Uint8Array, name: string) {
  return Object.assign(new Blob([bytes.slice().buffer]), { name });
}

describe('textOfFile', () => {
  it('reads UTF-8 CSV with a byte order mark', async () => {
    const text = await textOfFile(file(strToU8('\uFEFF订单号,快递单号\nSO1,SF1'), 'a.csv'));
    expect(parseTable(text).rows).toEqual([
      ['订单号', '快递单号'],
      ['SO1', 'SF1'],
    ]);
  });

  it('reads GB18030 CSV as Excel saves it on Chinese Windows', () => {
    // "订单号" in GBK.
    const gbk = new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5, 0xba, 0xc5]);
    expect(decodeText(gbk)).toBe('订单号');
  });

  it('reads the first sheet of a workbook', async () => {
    const bytes = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>SO1</t></is></c><c r="B1"><v>123456789012345</v></c></row></sheetData></worksheet>',
      ),
    });
    expect(await textOfFile(file(bytes, 'a.xlsx'))).toBe('SO1\t123456789012345');
  });

  it('refuses an old binary .xls', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(textOfFile(file(bytes, 'a.xls'))).rejects.toBeInstanceOf(UnsupportedFileError);
  });
});
