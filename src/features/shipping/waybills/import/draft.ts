import type { WaybillRowResult } from '@/api/contract/fulfilment';
import { isCarrier, type Carrier } from '@/domain/waybill/carriers';
import { WAYBILL_PROBLEMS, type WaybillProblem } from '@/domain/waybill/verdict';
import type { ColumnMapping } from './parse';
import { applyRemote, checkLocally, checkNumber, type PreviewRow, type RemoteAnswer } from './rows';
import { userStoreFamily } from './user-store';

export interface CommitSummary {
  shipped: number;
  /** Rows the backend refused, or that could not be sent. */
  failed: number;
}

export interface ImportDraftData {
  /** The pasted text (a file is turned into text too), so the mapping can be changed later. */
  text: string;
  /** The file it came from; null when pasted. */
  sourceName: string | null;
  mapping: ColumnMapping | null;
  rows: PreviewRow[];
  nextId: number;
  errorsFirst: boolean;
  summary: CommitSummary | null;
}

export type RowEdit = Partial<Pick<PreviewRow, 'orderNumber' | 'waybill' | 'carrier'>>;

export interface ImportDraftState extends ImportDraftData {
  /** New rows (checked in the browser already) from a text and its mapping, replacing any before. */
  load: (
    source: { text: string; sourceName: string | null },
    mapping: ColumnMapping,
    rows: PreviewRow[],
  ) => void;
  editRow: (id: number, edit: RowEdit) => void;
  removeRow: (id: number) => void;
  answered: (answers: readonly RemoteAnswer[]) => void;
  /** The outcome of a commit of these rows (results in the same order; null: not sent). */
  committed: (ids: readonly number[], results: readonly (WaybillRowResult | null)[]) => void;
  setErrorsFirst: (errorsFirst: boolean) => void;
  discard: () => void;
}

const EMPTY: ImportDraftData = {
  text: '',
  sourceName: null,
  mapping: null,
  rows: [],
  nextId: 1,
  errorsFirst: false,
  summary: null,
};

/**
 * A row as saved: a tuple, because 10,000 rows of named fields are megabytes of repeated names.
 * Problems are saved as their index in WAYBILL_PROBLEMS. The batch checks are run again on restore.
 */
type SavedRow = [
  id: number,
  orderNumber: string,
  waybill: string,
  carrier: Carrier | null,
  unknownCarrier: string,
  normalised: string,
  checkedCarrier: Carrier | null,
  numberProblems: number[],
  remote: number[] | null,
  allocatedCarrier: Carrier | null,
  notSent: 0 | 1,
];

/** As read back from storage. */
type StoredDraft = Omit<ImportDraftData, 'rows'> & { rows: SavedRow[] };

const PROBLEM_INDEX = new Map<WaybillProblem, number>(WAYBILL_PROBLEMS.map((p, i) => [p, i]));
const toIndexes = (problems: readonly WaybillProblem[]) =>
  problems.map((problem) => PROBLEM_INDEX.get(problem) ?? -1).filter((index) => index >= 0);
const fromIndexes = (indexes: readonly number[]) =>
  indexes.flatMap((index) => {
    const problem = WAYBILL_PROBLEMS[index];
    return problem ? [problem] : [];
  });
const carrierOrNull = (value: unknown): Carrier | null => (isCarrier(value) ? value : null);

/** Rows never change in place: a row unchanged since the last write is not encoded again. */
const savedRows = new WeakMap<PreviewRow, SavedRow>();

function saveRow(row: PreviewRow): SavedRow {
  const known = savedRows.get(row);
  if (known) return known;
  const saved = encodeRow(row);
  savedRows.set(row, saved);
  return saved;
}

function encodeRow(row: PreviewRow): SavedRow {
  return [
    row.id,
    row.orderNumber,
    row.waybill,
    row.carrier,
    row.unknownCarrier,
    row.normalised,
    row.checkedCarrier,
    toIndexes(row.numberProblems),
    row.remote === null ? null : toIndexes(row.remote),
    row.allocatedCarrier,
    row.notSent ? 1 : 0,
  ];
}

function restoreRow(saved: SavedRow): PreviewRow {
  const [id, orderNumber, waybill, carrier, unknownCarrier, normalised, checkedCarrier] = saved;
  const [, , , , , , , numberProblems, remote, allocatedCarrier, notSent] = saved;
  return {
    id,
    orderNumber,
    waybill,
    carrier: carrierOrNull(carrier),
    unknownCarrier,
    normalised,
    checkedCarrier: carrierOrNull(checkedCarrier),
    numberProblems: fromIndexes(numberProblems),
    local: [],
    remote: remote === null ? null : fromIndexes(remote),
    allocatedCarrier: carrierOrNull(allocatedCarrier),
    notSent: notSent === 1,
  };
}

/** As kept in memory between writes (cheap to make on every change) or as read back from storage. */
type SavedDraft = ImportDraftData | StoredDraft;

function isStoredRow(row: PreviewRow | SavedRow): row is SavedRow {
  return Array.isArray(row);
}

const drafts = userStoreFamily<ImportDraftState, SavedDraft>(
  'order-desk.waybill-import',
  (set) => ({
    ...EMPTY,
    load: ({ text, sourceName }, mapping, rows) =>
      set((state) => ({
        text,
        sourceName,
        mapping,
        rows,
        nextId: Math.max(state.nextId, ...rows.slice(-1).map((row) => row.id + 1)),
        summary: null,
      })),
    editRow: (id, edit) =>
      set((state) => ({
        rows: checkLocally(
          state.rows.map((row) => {
            if (row.id !== id) return row;
            const edited = { ...row, ...edit };
            return {
              ...edited,
              ...checkNumber(edited),
              unknownCarrier: edit.carrier !== undefined ? '' : row.unknownCarrier,
              remote: null,
              notSent: false,
            };
          }),
        ),
      })),
    removeRow: (id) =>
      set((state) => ({ rows: checkLocally(state.rows.filter((row) => row.id !== id)) })),
    answered: (answers) => set((state) => ({ rows: applyRemote(state.rows, answers) })),
    committed: (ids, results) =>
      set((state) => {
        const outcome = new Map(ids.map((id, index) => [id, results[index] ?? null]));
        let shipped = 0;
        let failed = 0;
        const rows: PreviewRow[] = [];
        for (const row of state.rows) {
          if (!outcome.has(row.id)) {
            rows.push(row);
            continue;
          }
          const result = outcome.get(row.id);
          if (result?.shipped) {
            shipped += 1;
            continue;
          }
          failed += 1;
          rows.push(
            result
              ? {
                  ...row,
                  remote: result.problems,
                  allocatedCarrier: result.allocatedCarrier,
                  notSent: false,
                }
              : { ...row, notSent: true },
          );
        }
        return { rows: checkLocally(rows), summary: { shipped, failed } };
      }),
    setErrorsFirst: (errorsFirst) => set({ errorsFirst }),
    discard: () => set((state) => ({ ...EMPTY, nextId: state.nextId })),
  }),
  ({ rows, text, sourceName, mapping, nextId, errorsFirst, summary }): SavedDraft => ({
    text,
    sourceName,
    mapping,
    nextId,
    errorsFirst,
    summary,
    rows,
  }),
  (saved, current) => ({
    ...current,
    ...saved,
    rows: checkLocally(
      (saved.rows as readonly (PreviewRow | SavedRow)[]).map((row) =>
        isStoredRow(row) ? restoreRow(row) : row,
      ),
    ),
  }),
  // Each row becomes its tuple as it is written (JSON calls toJSON), so a big draft is encoded a
  // slice at a time along with its JSON.
  (saved) => ({
    ...saved,
    rows: (saved.rows as readonly (PreviewRow | SavedRow)[]).map((row) =>
      isStoredRow(row) ? row : { toJSON: () => saveRow(row) },
    ),
  }),
);

export const importDraftFor = drafts.storeFor;
/** Tests start each case from what localStorage holds (nothing, after the shared cleanup). */
export const forgetImportDrafts = drafts.forgetAll;
