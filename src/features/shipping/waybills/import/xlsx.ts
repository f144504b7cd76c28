import { strFromU8, unzipSync } from 'fflate';

/**
 * The first sheet of an .xlsx workbook as rows of cell text. A small reader of the few parts that
 * matter (workbook, its relationships, shared strings, one worksheet), loaded only when someone
 * imports a workbook. Numbers keep the text Excel stored, so a long waybill never turns into
 * 1.23E+14.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : null;
}

/** The text runs of a rich or plain string, leaving out phonetic guides (<rPh>). */
function textOf(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += decodeXml(match[1] ?? '');
  return text;
}

export function readSharedStrings(xml: string): string[] {
  return Array.from(xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g), (m) =>
    textOf(m[1] ?? ''),
  );
}

/**
 * A number as Excel wrote it, without exponent when it is a whole number ("1.23456789012345E+14"
 * becomes "123456789012345"), so it reads like what the person typed.
 */
export function plainNumber(raw: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?[eE]\+?(\d+)$/.exec(raw.trim());
  if (!match) return raw.trim();
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (fraction.length > exponent) return raw.trim();
  return `${sign}${whole}${fraction}${'0'.repeat(exponent - fraction.length)}`.replace(
    /^(-?)0+(?=\d)/,
    '$1',
  );
}

/** "BC12" → column 54 (0-based), row 11 (0-based). */
function cellPosition(ref: string): { column: number; row: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(ref.toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(match[2]) - 1 };
}

function cellText(type: string | null, inner: string, shared: readonly string[]): string {
  const value = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return textOf(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    case 'str':
    case 'e':
      return decodeXml(value ?? '');
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    default:
      return value === undefined ? '' : plainNumber(decodeXml(value));
  }
}

export function readWorksheet(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  let nextRow = 0;
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowRef = attribute(rowMatch[1] ?? '', 'r');
    const rowIndex = rowRef ? Number(rowRef) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cellMatch[1] ?? '';
      const ref = attribute(attributes, 'r');
      const column = (ref ? cellPosition(ref)?.column : undefined) ?? nextColumn;
      nextColumn = column + 1;
      const text = cellText(attribute(attributes, 't'), cellMatch[2] ?? '', shared);
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = cells;
  }
  return rows;
}

/** The path of the workbook's first sheet, from workbook.xml and its relationships. */
function firstSheetPath(files: Record<string, Uint8Array>): string | null {
  const workbook = files['xl/workbook.xml'];
  const relations = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !relations) return null;
  const sheet = /<sheet\b([^>]*?)\/?>/.exec(strFromU8(workbook))?.[1];
  const relationId = sheet ? attribute(sheet, 'r:id') : null;
  if (!relationId) return null;
  for (const match of strFromU8(relations).matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attributes = match[1] ?? '';
    if (attribute(attributes, 'Id') !== relationId) continue;
    const target = attribute(attributes, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

export class NotAWorkbookError extends Error {
  constructor() {
    super('not an .xlsx workbook');
    this.name = 'NotAWorkbookError';
  }
}

export function readFirstSheet(bytes: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name.startsWith('xl/') && !file.name.startsWith('xl/media/'),
    });
  } catch {
    throw new NotAWorkbookError();
  }
  const path = firstSheetPath(files) ?? 'xl/worksheets/sheet1.xml';
  const sheet = files[path] ?? files['xl/worksheets/sheet1.xml'];
  if (!sheet) throw new NotAWorkbookError();
  const sharedPart = files['xl/sharedStrings.xml'];
  const shared = sharedPart ? readSharedStrings(strFromU8(sharedPart)) : [];
  return readWorksheet(strFromU8(sheet), shared);
}
