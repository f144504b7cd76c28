import {
  guessMapping,
  parseTable,
  parseTableInSlices,
  rowsFromTable,
  type ColumnMapping,
} from './parse';
import { newRows, newRowsInSlices, type PreviewRow } from './rows';

/**
 * Reading a text into preview rows: parsing, guessing the columns, checking every number and the
 * batch. The same steps run whole in a worker (read-source.worker.ts) or in slices on the page.
 */

/** The first rows of the table: the mapping bar shows the header and a sample of each column. */
const HEAD_ROWS = 2;

export interface SourceRead {
  mapping: ColumnMapping;
  head: string[][];
  rows: PreviewRow[];
}

export type ReadRequest =
  | { kind: 'read'; text: string; mapping: ColumnMapping | null; firstId: number }
  | { kind: 'head'; text: string };

export type ReadAnswer = { kind: 'read'; read: SourceRead } | { kind: 'head'; head: string[][] };

/** The table of the last text read, kept while the text is the same (a new mapping re-parses nothing). */
export interface TableCache {
  text: string;
  rows: string[][];
}

function tableOf(text: string, cache: { last: TableCache | null }): string[][] {
  if (cache.last?.text === text) return cache.last.rows;
  const { rows } = parseTable(text);
  cache.last = { text, rows };
  return rows;
}

/** Every step at once: for the worker. */
export function readWhole(request: ReadRequest, cache: { last: TableCache | null }): ReadAnswer {
  const table = tableOf(request.text, cache);
  if (request.kind === 'head') return { kind: 'head', head: table.slice(0, HEAD_ROWS) };
  const mapping = request.mapping ?? guessMapping(table);
  const rows = newRows(rowsFromTable(table, mapping), request.firstId);
  return { kind: 'read', read: { mapping, head: table.slice(0, HEAD_ROWS), rows } };
}

const pageCache: { last: TableCache | null } = { last: null };

async function tableInSlices(text: string, signal: AbortSignal): Promise<string[][]> {
  if (pageCache.last?.text === text) return pageCache.last.rows;
  const { rows } = await parseTableInSlices(text, signal);
  pageCache.last = { text, rows };
  return rows;
}

/** The same steps a slice at a time, for a page without workers (or whose worker failed). */
export async function readInSlices(request: ReadRequest, signal: AbortSignal): Promise<ReadAnswer> {
  const table = await tableInSlices(request.text, signal);
  if (request.kind === 'head') return { kind: 'head', head: table.slice(0, HEAD_ROWS) };
  const mapping = request.mapping ?? guessMapping(table);
  const rows = await newRowsInSlices(rowsFromTable(table, mapping), request.firstId, signal);
  return { kind: 'read', read: { mapping, head: table.slice(0, HEAD_ROWS), rows } };
}
