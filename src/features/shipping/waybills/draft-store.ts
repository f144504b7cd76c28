import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Carrier } from '@/domain/waybill/carriers';
import type { WaybillProblem } from '@/domain/waybill/verdict';

export const WAYBILL_MODES = ['grid', 'import', 'pair'] as const;
export type WaybillMode = (typeof WAYBILL_MODES)[number];

export function isWaybillMode(value: string | null): value is WaybillMode {
  return (WAYBILL_MODES as readonly (string | null)[]).includes(value);
}

/** What was entered for one order. `carrier` null: the carrier the order was allocated with. */
export interface DraftEntry {
  waybill: string;
  carrier: Carrier | null;
}

export interface DraftData {
  mode: WaybillMode;
  /** By order number. */
  entries: Record<string, DraftEntry>;
  /** The last verdict of each entered row, so a restored draft shows its problems at once. */
  problems: Record<string, WaybillProblem[]>;
}

export interface DraftState extends DraftData {
  setMode: (mode: WaybillMode) => void;
  /** Sets the entries given, leaving the others as they are. */
  setEntries: (changes: Record<string, DraftEntry>) => void;
  /** Replaces the problems of the rows given (null: not checked, nothing entered); others keep theirs. */
  setProblems: (changes: Record<string, WaybillProblem[] | null>) => void;
  remove: (orderNumbers: readonly string[]) => void;
  discard: () => void;
}

export type DraftStore = StoreApi<DraftState> & { flush: () => void };

const EMPTY: DraftData = { mode: 'grid', entries: {}, problems: {} };

/** How long changes gather before they are written: scans arrive 20 a second, writes need not. */
const WRITE_DELAY_MS = 250;

/**
 * localStorage, with writes gathered for a moment. Pending writes go out at once when the page is
 * hidden or left (pagehide), and when the store is let go (`flush`).
 */
function gatheredLocalStorage(): StateStorage & { flush: () => void } {
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const [name, value] of pending) {
      try {
        localStorage.setItem(name, value);
      } catch {
        // A full or unavailable storage keeps the draft in memory only; entering goes on.
      }
    }
    pending.clear();
  };
  return {
    getItem: (name) => pending.get(name) ?? localStorage.getItem(name),
    setItem: (name, value) => {
      pending.set(name, value);
      timer ??= setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending.delete(name);
      localStorage.removeItem(name);
    },
    flush,
  };
}

function withoutKeys<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  if (keys.length === 0) return record;
  const dropped = new Set(keys);
  return Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.has(key)));
}

export function draftStorageKey(userId: string): string {
  return `order-desk.waybill-draft.${userId}`;
}

/**
 * The waybill draft of one user, kept in localStorage under that user's key and read back
 * (synchronously) when created: a reload or a crash loses nothing entered.
 */
export function createDraftStore(userId: string): DraftStore {
  const storage = gatheredLocalStorage();
  const store = createStore<DraftState>()(
    persist(
      (set) => ({
        ...EMPTY,
        setMode: (mode) => set({ mode }),
        setEntries: (changes) => set((state) => ({ entries: { ...state.entries, ...changes } })),
        setProblems: (changes) =>
          set((state) => {
            const problems = { ...state.problems };
            for (const [number, list] of Object.entries(changes)) {
              if (list) problems[number] = list;
            }
            return {
              problems: withoutKeys(
                problems,
                Object.keys(changes).filter((n) => !changes[n]),
              ),
            };
          }),
        remove: (orderNumbers) =>
          set((state) => ({
            entries: withoutKeys(state.entries, orderNumbers),
            problems: withoutKeys(state.problems, orderNumbers),
          })),
        discard: () => set({ entries: {}, problems: {} }),
      }),
      {
        name: draftStorageKey(userId),
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ mode, entries, problems }): DraftData => ({ mode, entries, problems }),
      },
    ),
  );
  return Object.assign(store, { flush: storage.flush });
}

/** Entries with something typed: what the draft holds that would be lost. */
export function enteredCount(entries: Record<string, DraftEntry>): number {
  return Object.values(entries).filter((entry) => entry.waybill.trim() !== '').length;
}
