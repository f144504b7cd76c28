import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

/** How long changes gather before they are written: a big draft is worth writing once, not per edit. */
const WRITE_DELAY_MS = 500;

/**
 * localStorage with writes gathered for a moment and turned into JSON only when written (a
 * 10,000-row draft takes a while to serialise). Pending writes go out at once when the page is
 * hidden or left, so a reload loses nothing.
 */
function gatheredLocalStorage<Saved>(
  encode: (saved: Saved) => unknown,
): PersistStorage<Saved> & { flush: () => void } {
  const pending = new Map<string, StorageValue<Saved>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const [name, value] of pending) {
      try {
        localStorage.setItem(name, JSON.stringify({ ...value, state: encode(value.state) }));
      } catch {
        // A full or unavailable storage keeps the draft in memory only; the work goes on.
      }
    }
    pending.clear();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    getItem: (name) => {
      const waiting = pending.get(name);
      if (waiting) return waiting;
      const stored = localStorage.getItem(name);
      if (stored === null) return null;
      try {
        return JSON.parse(stored) as StorageValue<Saved>;
      } catch {
        return null;
      }
    },
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

export type UserStore<State> = StoreApi<State> & { flush: () => void };

/**
 * One persisted store per signed-in user (people share a warehouse computer), created on first use
 * and read back from localStorage synchronously.
 */
export function userStoreFamily<State, Saved>(
  keyPrefix: string,
  initializer: StateCreator<State, [['zustand/persist', unknown]]>,
  partialize: (state: State) => Saved,
  /** The saved form back into the state (default: merged as it is). */
  restore: (saved: Saved, current: State) => State = (saved, current) => ({ ...current, ...saved }),
  /** The saved part as written to storage, made when written (not on every change). */
  encode: (saved: Saved) => unknown = (saved) => saved,
): { storeFor: (userId: string) => UserStore<State>; forgetAll: () => void } {
  const stores = new Map<string, UserStore<State>>();
  return {
    storeFor(userId) {
      let store = stores.get(userId);
      if (!store) {
        const storage = gatheredLocalStorage<Saved>(encode);
        const created = createStore<State>()(
          persist(initializer, {
            name: `${keyPrefix}.${userId}`,
            version: 1,
            storage,
            partialize,
            merge: (saved, current) => (saved ? restore(saved as Saved, current) : current),
          }),
        );
        store = Object.assign(created, { flush: storage.flush });
        stores.set(userId, store);
      }
      return store;
    },
    forgetAll() {
      stores.clear();
    },
  };
}
