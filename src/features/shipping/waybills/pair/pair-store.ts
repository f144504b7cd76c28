import type { Carrier } from '@/domain/waybill/carriers';
import type { WaybillProblem } from '@/domain/waybill/verdict';
import { userStoreFamily } from '../import/user-store';

/** The packing slip scanned, waiting for its parcel's waybill. */
export interface PendingOrder {
  orderId: string;
  number: string;
  recipient: string;
  storeName: string;
  /** The carrier chosen at allocation. */
  carrier: Carrier | null;
  timeZone: string;
}

export interface PairLogEntry {
  /** Unique within the log. */
  id: string;
  /** ISO time of the outcome. */
  at: string;
  timeZone: string;
  orderNumber: string;
  waybill: string;
  carrier: Carrier | null;
  outcome: 'shipped' | 'failed';
  /** Why it failed (or the warnings it shipped with). */
  problems: WaybillProblem[];
  /** Failed because the backend could not be reached: nothing was shipped. */
  unreachable: boolean;
}

/** How many pairs the log keeps: a shift's last stretch, enough to find a parcel to redo. */
export const PAIR_LOG_LIMIT = 50;

interface PairData {
  pending: PendingOrder | null;
  log: PairLogEntry[];
}

export interface PairState extends PairData {
  setPending: (pending: PendingOrder | null) => void;
  record: (entry: Omit<PairLogEntry, 'id'>) => void;
  clearLog: () => void;
}

let sequence = 0;

const pairs = userStoreFamily<PairState, PairData>(
  'order-desk.pair-scan',
  (set) => ({
    pending: null,
    log: [],
    setPending: (pending) => set({ pending }),
    record: (entry) =>
      set((state) => {
        sequence += 1;
        const id = `${Date.now().toString(36)}-${sequence}`;
        return { log: [{ ...entry, id }, ...state.log].slice(0, PAIR_LOG_LIMIT) };
      }),
    clearLog: () => set({ log: [] }),
  }),
  ({ pending, log }) => ({ pending, log }),
);

export const pairStoreFor = pairs.storeFor;
/** Tests start each case from what localStorage holds. */
export const forgetPairStores = pairs.forgetAll;
