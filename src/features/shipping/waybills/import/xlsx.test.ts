import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAWorkbookError, plainNumber, readFirstSheet } from './xlsx';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(parts: { sheets: Record<string, string>; shared?: string; firstSheet?: string }) {
  const names = Object.keys(parts.sheets);
  const first = parts.firstSheet ?? names[0] ?? 'sheet1.xml';
  const ordered = [first, ...names.filter((name) => name !== first)];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${NS} ${REL_NS}><sheets>${ordered
        .map(
          (name, i) =>
            `<sheet name="${name.replace('.xml', '')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships>${ordered
        .map((name, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/${name}"/>`)
        .join('')}</Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts.sheets))
    files[`xl/worksheets/${name}`] = strToU8(
      `<?xml version="1.0"?><worksheet ${NS}><sheetData>${xml}</sheetData></worksheet>`,
    );
  if (parts.shared !== undefined)
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0"?><sst ${NS}>${parts.shared}</sst>`,
    );
  return zipSync(files);
}

describe('readFirstSheet', () => {
  it('reads shared strings, inline strings, numbers and gaps', () => {
    const bytes = workbook({
      shared:
        '<si><t>订单号</t></si><si><t>快递单号</t></si><si><r><t>顺</t></r><r><t xml:space="preserve">丰</t></r><rPh><t>しゅん</t></rPh></si><si><t>A &amp; B</t></si>',
      sheets: {
        'sheet1.xml':
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>SO2026112200001</t></is></c><c r="B2"><v>123456789012345</v></c><c r="C2" t="s"><v>2</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><v>SO2026112200002</v></c><c r="C4"><v>1.23456789012345E+14</v></c><c r="D4" t="s"><v>3</v></c></row>' +
          '<row r="5"><c r="B5" t="b"><v>1</v></c><c r="C5" s="1"/></row>',
      },
    });
    expect(readFirstSheet(bytes)).toEqual([
      ['订单号', '快递单号'],
      ['SO2026112200001', '123456789012345', '顺丰'],
      [],
      ['SO2026112200002', '', '123456789012345', 'A & B'],
      ['', 'TRUE', ''],
    ]);
  });

  it('reads the first sheet of the workbook, not the first file', () => {
    const bytes = workbook({
      firstSheet: 'sheet2.xml',
      sheets: {
        'sheet1.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row>',
        'sheet2.xml': '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>',
      },
    });
    expect(readFirstSheet(bytes)).toEqual([['first']]);
  });

  it('reads cells without references left to right', () => {
    const bytes = workbook({
      sheets: { 'sheet1.xml': '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>7</v></c></row>' },
    });
    expect(readFirstSheet(bytes)).toEqual([['a', '7']]);
  });

  it('refuses a file that is not a workbook', () => {
    expect(() => readFirstSheet(strToU8('SO1,SF1'))).toThrow(NotAWorkbookError);
    expect(() => readFirstSheet(zipSync({ 'a.txt': strToU8('x') }))).toThrow(NotAWorkbookError);
  });
});

describe('plainNumber', () => {
  it.each([
    ['123456789012345', '123456789012345'],
    ['1.23456789012345E+14', '123456789012345'],
    ['1.2E3', '1200'],
    ['7E2', '700'],
    ['1.5', '1.5'],
    ['1.2345E2', '1.2345E2'],
  ])('writes %s as %s', (raw, text) => {
    expect(plainNumber(raw)).toBe(text);
  });
});
