import type { Carrier } from '@/domain/waybill/carriers';
import { normaliseWaybill } from '@/domain/waybill/carriers';
import { parseCarrierName } from './carrier-names';

/**
 * Pasted or imported text to table rows, and table rows to waybill rows. Pure: the panel runs the
 * same functions in slices (see `parseTableInSlices`) so 10,000 lines never freeze the page.
 */

/** ' ' stands for "runs of spaces", for columns copied from a plain text or a web page. */
export type Delimiter = '\t' | ',' | ';' | ' ';

export const COLUMN_ROLES = ['order', 'waybill', 'carrier', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface ColumnMapping {
  /** The first row names the columns and is not a row to ship. */
  hasHeader: boolean;
  /** One role per column, left to right. */
  roles: ColumnRole[];
}

/** One row to ship as it came from the table, before any check. */
export interface ImportedRow {
  orderNumber: string;
  waybill: string;
  /** null: none given (detect it from the number), or a name we do not know (`carrierText` says which). */
  carrier: Carrier | null;
  /** The carrier cell as written, when it names no carrier we know; '' otherwise. */
  unknownCarrier: string;
}

const BOM = '\uFEFF';
const SAMPLE_LINES = 20;

/** Drops quoted parts so delimiters inside quotes do not count. */
function unquoted(line: string): string {
  return line.replace(/"(?:[^"]|"")*"?/g, '');
}

/**
 * Excel copies tab-separated; CSV files use commas (or semicolons in some locales). Tabs win,
 * since a cell may hold a comma but never a tab.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text
    .split(/\r\n|\r|\n/, SAMPLE_LINES * 2)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES)
    .map(unquoted);
  if (sample.some((line) => line.includes('\t'))) return '\t';
  if (sample.some((line) => line.includes(','))) return ',';
  if (sample.some((line) => line.includes(';'))) return ';';
  if (sample.some((line) => /\S\s+\S/.test(line.trim()))) return ' ';
  return '\t';
}

/** Cells trimmed, trailing empty cells dropped; null for a blank line. */
function cleanRecord(cells: string[]): string[] | null {
  let end = cells.length;
  const trimmed = cells.map((cell) => cell.trim());
  while (end > 0 && trimmed[end - 1] === '') end -= 1;
  return end === 0 ? null : trimmed.slice(0, end);
}

/**
 * The records of the text, one at a time: RFC 4180 quoting (a quoted cell may hold the delimiter,
 * doubled quotes and line breaks), CRLF, LF or CR line ends, a UTF-8 byte order mark, blank lines
 * skipped and trailing empty columns ignored.
 */
export function* readRecords(text: string, delimiter: Delimiter): Generator<string[]> {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  if (delimiter === ' ') {
    for (const line of source.split(/\r\n|\r|\n/)) {
      const record = cleanRecord(line.trim().split(/[ \t\u3000]+/));
      if (record) yield record;
    }
    return;
  }
  const length = source.length;
  let cells: string[] = [];
  let cell = '';
  let i = 0;
  while (i < length) {
    const ch = source[i];
    if (ch === '"' && cell.trim() === '') {
      // A quoted cell: up to the quote that is not doubled.
      cell = '';
      i += 1;
      while (i < length) {
        const inner = source[i];
        if (inner === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += inner;
        i += 1;
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      cells.push(cell);
      const record = cleanRecord(cells);
      if (record) yield record;
      cells = [];
      cell = '';
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    i += 1;
  }
  cells.push(cell);
  const last = cleanRecord(cells);
  if (last) yield last;
}

export interface ParsedTable {
  delimiter: Delimiter;
  rows: string[][];
}

export function parseTable(text: string): ParsedTable {
  const delimiter = detectDelimiter(text);
  return { delimiter, rows: Array.from(readRecords(text, delimiter)) };
}

/** Gives the browser a turn (input, paint) between two slices of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work between two turns of the browser: well under a 50 ms long task. */
const SLICE_MS = 8;

/** `parseTable`, giving the browser a turn every few milliseconds; rejects when aborted. */
export async function parseTableInSlices(text: string, signal?: AbortSignal): Promise<ParsedTable> {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let sliceStart = performance.now();
  for (const record of readRecords(text, delimiter)) {
    rows.push(record);
    if (rows.length % 256 === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return { delimiter, rows };
}

// ---------------------------------------------------------------- columns

const HEADER_WORDS: readonly [Exclude<ColumnRole, 'ignore'>, RegExp][] = [
  // Waybill first: "快递单号" also contains "单号", and "物流单号" contains "物流".
  ['waybill', /运单|運單|快递单|快遞單|物流单|物流單|面单号|waybill|tracking|awb|expressno/],
  ['carrier', /快递公司|快遞公司|承运|承運|物流公司|快递|快遞|carrier|courier|express|logistics/],
  ['order', /订单|訂單|单号|單號|order|^so$|^no\.?$/],
];

function headerRoleOf(cell: string): Exclude<ColumnRole, 'ignore'> | null {
  const folded = cell.toLowerCase().replace(/[\s_\-:：]/g, '');
  // A carrier name or a parcel number is data, even where it contains a header word ("顺丰快递").
  if (folded === '' || parseCarrierName(cell) !== null || looksLikeWaybill(cell)) return null;
  return HEADER_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

const ORDER_NUMBER = /^SO\d{6,}$/i;

export function looksLikeOrderNumber(text: string): boolean {
  return ORDER_NUMBER.test(text.trim());
}

/** Letters and digits with a run of digits, long enough to be a parcel number (the carrier check says more). */
function looksLikeWaybill(text: string): boolean {
  const normalised = normaliseWaybill(text);
  return (
    /^[0-9A-Z]{8,40}$/.test(normalised) &&
    /\d{6}/.test(normalised) &&
    !ORDER_NUMBER.test(normalised)
  );
}

export function columnCountOf(rows: readonly (readonly string[])[]): number {
  let count = 0;
  for (const row of rows) count = Math.max(count, row.length);
  return count;
}

const GUESS_SAMPLE = 200;

/** Share of the sampled cells of a column that pass a test. */
function share(
  rows: readonly (readonly string[])[],
  column: number,
  test: (cell: string) => boolean,
) {
  let hits = 0;
  let seen = 0;
  for (const row of rows) {
    const cell = row[column] ?? '';
    if (cell === '') continue;
    seen += 1;
    if (test(cell)) hits += 1;
  }
  return seen === 0 ? 0 : hits / seen;
}

/**
 * Which column holds what: from a header row when the first row names the columns, else from the
 * content (an SO… column is the order number; a column of carrier names is the carrier), else
 * left to right: order number, waybill, carrier.
 */
export function guessMapping(rows: readonly (readonly string[])[]): ColumnMapping {
  const columns = Math.max(columnCountOf(rows.slice(0, GUESS_SAMPLE)), 2);
  const first = rows[0] ?? [];
  const headerRoles = Array.from({ length: columns }, (_, i) => headerRoleOf(first[i] ?? ''));
  const hasHeader =
    headerRoles.some((role) => role !== null) && !first.some((cell) => looksLikeOrderNumber(cell));
  const body = rows.slice(hasHeader ? 1 : 0, GUESS_SAMPLE + 1);
  const roles: (ColumnRole | null)[] = Array.from({ length: columns }, () => null);
  const taken = new Set<ColumnRole>();
  const assign = (column: number, role: ColumnRole) => {
    roles[column] = role;
    taken.add(role);
  };

  if (hasHeader) {
    headerRoles.forEach((role, column) => {
      if (role && !taken.has(role)) assign(column, role);
    });
  }
  const free = () => roles.flatMap((role, column) => (role === null ? [column] : []));
  const best = (test: (cell: string) => boolean, threshold: number): number | null => {
    let bestColumn: number | null = null;
    let bestShare = threshold;
    for (const column of free()) {
      const s = share(body, column, test);
      if (s > bestShare) {
        bestColumn = column;
        bestShare = s;
      }
    }
    return bestColumn;
  };
  if (!taken.has('order')) {
    const column = best(looksLikeOrderNumber, 0.5);
    if (column !== null) assign(column, 'order');
  }
  if (!taken.has('carrier')) {
    const column = best((cell) => parseCarrierName(cell) !== null, 0.5);
    if (column !== null) assign(column, 'carrier');
  }
  if (!taken.has('waybill')) {
    const column = best(looksLikeWaybill, 0.5);
    if (column !== null) assign(column, 'waybill');
  }
  for (const role of ['order', 'waybill'] as const) {
    const [column] = free();
    if (!taken.has(role) && column !== undefined) assign(column, role);
  }
  return { hasHeader, roles: roles.map((role) => role ?? 'ignore') };
}

/** Rows to ship, by the mapping (the first column of a role wins); header and blank rows left out. */
export function rowsFromTable(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): ImportedRow[] {
  const columnOf = (role: ColumnRole) => mapping.roles.indexOf(role);
  const order = columnOf('order');
  const waybill = columnOf('waybill');
  const carrier = columnOf('carrier');
  const cellAt = (row: readonly string[], column: number) =>
    column < 0 ? '' : (row[column] ?? '');
  const result: ImportedRow[] = [];
  for (let i = mapping.hasHeader ? 1 : 0; i < rows.length; i += 1) {
    const row = rows[i] ?? [];
    const orderNumber = cellAt(row, order);
    const number = cellAt(row, waybill);
    if (orderNumber === '' && number === '') continue;
    const carrierText = cellAt(row, carrier);
    const parsed = parseCarrierName(carrierText);
    result.push({
      orderNumber,
      waybill: number,
      carrier: parsed,
      unknownCarrier: parsed === null ? carrierText : '',
    });
  }
  return result;
}

/** Tab-separated text of a table, quoting cells that hold a tab, a quote or a line break. */
export function tableToText(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}
