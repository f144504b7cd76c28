import type { WaybillRowResult } from '@/api/contract/fulfilment';
import { isCarrier, type Carrier } from '@/domain/waybill/carriers';
import { checkWaybillNumber } from '@/domain/waybill/check';
import {
  WAYBILL_PROBLEMS,
  severityOf,
  type Verdict,
  type WaybillProblem,
} from '@/domain/waybill/verdict';
import { yieldToMain, type ImportedRow } from './parse';

/** Besides the waybill problems: a carrier cell naming no carrier we know. */
export type RowProblem = WaybillProblem | 'carrier_unknown';

/** What checking the row's number alone found; kept so only edited rows are checked again. */
export interface NumberCheck {
  normalised: string;
  /** The carrier the number was checked against (given, or detected). */
  checkedCarrier: Carrier | null;
  numberProblems: WaybillProblem[];
}

/** One row of the preview, with what the browser and the backend found. */
export interface PreviewRow extends ImportedRow, NumberCheck {
  /** Stable while the row lives, so edits and answers find it after others were removed. */
  id: number;
  /** Found in the browser: the number, duplicates in the whole batch, an unknown carrier. */
  local: RowProblem[];
  /** Found by the backend for the row's current content; null until it has answered. */
  remote: WaybillProblem[] | null;
  allocatedCarrier: Carrier | null;
  /** The last commit could not reach the backend: ship it again. */
  notSent: boolean;
}

/** The backend sees a chunk at a time; the browser sees the whole batch, so batch problems are its. */
const BATCH_PROBLEMS: ReadonlySet<WaybillProblem> = new Set([
  'duplicate_in_batch',
  'order_twice_in_batch',
]);

export function problemsOf(row: PreviewRow): RowProblem[] {
  const problems = [...row.local];
  for (const problem of row.remote ?? []) {
    if (!BATCH_PROBLEMS.has(problem) && !problems.includes(problem)) problems.push(problem);
  }
  return problems;
}

export type RowState = Verdict | 'checking';

/** Rows never change in place, so a row's state is worked out once (counting 10,000 rows is frequent). */
const stateOfRow = new WeakMap<PreviewRow, RowState>();

export function rowStateOf(row: PreviewRow): RowState {
  const known = stateOfRow.get(row);
  if (known) return known;
  const problems = problemsOf(row);
  let state: RowState;
  if (problems.some((p) => p === 'carrier_unknown' || severityOf(p) === 'error')) state = 'error';
  else if (row.remote === null) state = 'checking';
  else state = problems.length > 0 ? 'warning' : 'ok';
  stateOfRow.set(row, state);
  return state;
}

export interface RowCounts {
  ok: number;
  warning: number;
  error: number;
  checking: number;
}

export function countRows(rows: readonly PreviewRow[]): RowCounts {
  const counts: RowCounts = { ok: 0, warning: 0, error: 0, checking: 0 };
  for (const row of rows) counts[rowStateOf(row)] += 1;
  return counts;
}

/** How many rows `shippableRows` would give, without making the list. */
export function shippableCount(counts: RowCounts): number {
  return counts.ok + counts.warning;
}

/** Rows that may ship: checked by the backend and without an error (warnings ship). */
export function shippableRows(rows: readonly PreviewRow[]): PreviewRow[] {
  return rows.filter((row) => {
    const state = rowStateOf(row);
    return state === 'ok' || state === 'warning';
  });
}

/** What the backend is asked about; an answer counts only while the row still says the same. */
export function contentKey(row: Pick<PreviewRow, 'orderNumber' | 'waybill' | 'carrier'>): string {
  return `${row.orderNumber}\u0000${row.waybill}\u0000${row.carrier ?? ''}`;
}

export function checkNumber(row: Pick<ImportedRow, 'waybill' | 'carrier'>): NumberCheck {
  const check = checkWaybillNumber(row.waybill, row.carrier);
  return {
    normalised: check.normalised,
    checkedCarrier: check.carrier,
    numberProblems: check.problems,
  };
}

function orderKey(orderNumber: string): string {
  return orderNumber.trim().toUpperCase();
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const PROBLEM_ORDER = new Map<RowProblem, number>(
  [...WAYBILL_PROBLEMS, 'carrier_unknown' as const].map((problem, index) => [problem, index]),
);

/**
 * The browser's checks of the whole batch from each row's number check: what `checkWaybillRows`
 * finds (duplicates and the carrier differing from the allocated one; a test holds the two
 * together), plus an unknown carrier name. The number checks are kept on the rows, so this pass is
 * only a few map look-ups a row; rows whose result did not change keep their identity.
 */
export function checkLocally(rows: readonly PreviewRow[]): PreviewRow[] {
  const numberCounts = countBy(rows.map((row) => row.normalised));
  const orderCounts = countBy(rows.map((row) => orderKey(row.orderNumber)));
  return rows.map((row) => {
    const local: RowProblem[] = [...row.numberProblems];
    const key = orderKey(row.orderNumber);
    if (
      row.checkedCarrier &&
      isCarrier(row.allocatedCarrier) &&
      row.allocatedCarrier !== row.checkedCarrier
    )
      local.push('carrier_differs');
    if ((numberCounts.get(row.normalised) ?? 0) > 1) local.push('duplicate_in_batch');
    if ((orderCounts.get(key) ?? 0) > 1) local.push('order_twice_in_batch');
    if (key === '') local.push('order_missing');
    if (row.unknownCarrier !== '') local.push('carrier_unknown');
    local.sort((a, b) => (PROBLEM_ORDER.get(a) ?? 0) - (PROBLEM_ORDER.get(b) ?? 0));
    const same = local.length === row.local.length && local.every((p, i) => row.local[i] === p);
    return same ? row : { ...row, local };
  });
}

/** Work between two turns of the browser: well under a 50 ms long task. */
const SLICE_MS = 8;

function newRow(row: ImportedRow, id: number): PreviewRow {
  return {
    ...row,
    ...checkNumber(row),
    id,
    local: [],
    remote: null,
    allocatedCarrier: null,
    notSent: false,
  };
}

/** New preview rows with their numbers checked, all at once: for a worker, where nothing waits on it. */
export function newRows(imported: readonly ImportedRow[], firstId: number): PreviewRow[] {
  return checkLocally(imported.map((row, index) => newRow(row, firstId + index)));
}

/**
 * New preview rows with their numbers checked, a slice at a time: checking a number against every
 * carrier's formats takes some microseconds, and 10,000 of them must not hold the page.
 */
export async function newRowsInSlices(
  imported: readonly ImportedRow[],
  firstId: number,
  signal?: AbortSignal,
): Promise<PreviewRow[]> {
  const rows: PreviewRow[] = [];
  let sliceStart = performance.now();
  for (let index = 0; index < imported.length; index += 1) {
    const row = imported[index];
    if (!row) continue;
    rows.push(newRow(row, firstId + index));
    if (index % 64 === 63 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return checkLocally(rows);
}

/** The backend's answer for rows sent earlier, applied to those that still say what was sent. */
export interface RemoteAnswer {
  id: number;
  key: string;
  result: Pick<WaybillRowResult, 'problems' | 'allocatedCarrier'>;
}

/** "Carrier differs" for the row's allocated carrier; the other local problems stay as they were. */
function withCarrierDiffers(row: PreviewRow): PreviewRow {
  const differs =
    row.checkedCarrier !== null &&
    isCarrier(row.allocatedCarrier) &&
    row.allocatedCarrier !== row.checkedCarrier;
  if (differs === row.local.includes('carrier_differs')) return row;
  const local: RowProblem[] = row.local.filter((problem) => problem !== 'carrier_differs');
  if (differs) {
    local.push('carrier_differs');
    local.sort((a, b) => (PROBLEM_ORDER.get(a) ?? 0) - (PROBLEM_ORDER.get(b) ?? 0));
  }
  return { ...row, local };
}

/**
 * The answers applied where they belong, row by row: the rows answered are found by id, so a chunk
 * of answers costs what the chunk holds, not a pass over the whole batch. Unanswered rows (and the
 * array, when nothing applied) keep their identity.
 */
export function applyRemote(
  rows: PreviewRow[],
  answers: readonly RemoteAnswer[],
  indexOfId: (id: number) => number | undefined = rowIndexer(rows),
): PreviewRow[] {
  let updated: PreviewRow[] | null = null;
  for (const answer of answers) {
    const index = indexOfId(answer.id);
    const row = index === undefined ? undefined : rows[index];
    if (index === undefined || !row || row.id !== answer.id || answer.key !== contentKey(row)) {
      continue;
    }
    updated ??= rows.slice();
    // The allocated carrier decides "carrier differs", which the browser checks.
    updated[index] = withCarrierDiffers({
      ...row,
      remote: answer.result.problems,
      allocatedCarrier: answer.result.allocatedCarrier,
    });
  }
  if (!updated) return rows;
  // Same rows in the same places: where each id is carries over.
  const indexes = indexesOfRows.get(rows);
  if (indexes) indexesOfRows.set(updated, indexes);
  return updated;
}

/** Where each row is, by id: made once per row array and kept while the array lives. */
const indexesOfRows = new WeakMap<readonly PreviewRow[], Map<number, number>>();

export function rowIndexer(rows: readonly PreviewRow[]): (id: number) => number | undefined {
  let indexes = indexesOfRows.get(rows);
  if (!indexes) {
    indexes = new Map(rows.map((row, index) => [row.id, index]));
    indexesOfRows.set(rows, indexes);
  }
  const found = indexes;
  return (id) => found.get(id);
}
