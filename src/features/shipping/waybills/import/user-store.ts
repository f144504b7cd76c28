import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

/** How long changes gather before they are written: a big draft is worth writing once, not per edit. */
const WRITE_DELAY_MS = 500;

/** Array items turned into JSON between two turns of the browser. */
const ITEMS_PER_SLICE = 1000;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * JSON.stringify's text, made a slice at a time where the value holds long arrays (10,000 draft
 * rows take longer than a frame to serialise at once). Plain JSON values only.
 */
export async function jsonInSlices(value: unknown, isStale: () => boolean): Promise<string | null> {
  const parts: string[] = [];
  const write = async (node: unknown): Promise<boolean> => {
    if (Array.isArray(node) && node.length > ITEMS_PER_SLICE) {
      parts.push('[');
      for (let start = 0; start < node.length; start += ITEMS_PER_SLICE) {
        const slice = JSON.stringify(node.slice(start, start + ITEMS_PER_SLICE));
        parts.push(start === 0 ? '' : ',', slice.slice(1, -1));
        await nextTurn();
        if (isStale()) return false;
      }
      parts.push(']');
      return true;
    }
    if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      typeof (node as { toJSON?: unknown }).toJSON !== 'function'
    ) {
      parts.push('{');
      let first = true;
      for (const [key, item] of Object.entries(node)) {
        if (item === undefined || typeof item === 'function') continue;
        parts.push(first ? '' : ',', JSON.stringify(key), ':');
        first = false;
        if (!(await write(item))) return false;
      }
      parts.push('}');
      return true;
    }
    parts.push(JSON.stringify(node) ?? 'null');
    return true;
  };
  return (await write(value)) ? parts.join('') : null;
}

/**
 * localStorage with writes gathered for a moment and turned into JSON only when written, a slice at
 * a time (a 10,000-row draft takes a while to serialise). Pending writes go out at once, whole,
 * when the page is hidden or left, so a reload loses nothing.
 */
function gatheredLocalStorage<Saved>(
  encode: (saved: Saved) => unknown,
): PersistStorage<Saved> & { flush: () => void } {
  const pending = new Map<string, { value: StorageValue<Saved>; version: number }>();
  /** Being written in slices: for getItem to answer meanwhile, and for a flush to finish at once. */
  const writing = new Map<string, { value: StorageValue<Saved>; version: number }>();
  /** Every change of a name counts up; an older write never lands over a newer one. */
  const versions = new Map<string, number>();
  const landed = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const bump = (name: string) => {
    const version = (versions.get(name) ?? 0) + 1;
    versions.set(name, version);
    return version;
  };
  const land = (name: string, version: number, text: string) => {
    if ((landed.get(name) ?? 0) >= version) return;
    landed.set(name, version);
    try {
      localStorage.setItem(name, text);
    } catch {
      // A full or unavailable storage keeps the draft in memory only; the work goes on.
    }
  };
  const textOf = (value: StorageValue<Saved>) => ({ ...value, state: encode(value.state) });

  /** Everything pending, now and whole: the page is going away. */
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const [name, { value, version }] of new Map([...writing, ...pending])) {
      land(name, version, JSON.stringify(textOf(value)));
    }
    pending.clear();
  };

  const writeInSlices = async () => {
    timer = null;
    const due = [...pending];
    pending.clear();
    for (const [name, entry] of due) {
      writing.set(name, entry);
      const stale = () => (landed.get(name) ?? 0) >= entry.version;
      const text = await jsonInSlices(textOf(entry.value), stale);
      if (writing.get(name) === entry) writing.delete(name);
      if (text !== null) land(name, entry.version, text);
    }
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    getItem: (name) => {
      const waiting = pending.get(name)?.value ?? writing.get(name)?.value;
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
      pending.set(name, { value, version: bump(name) });
      timer ??= setTimeout(() => void writeInSlices(), WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending.delete(name);
      writing.delete(name);
      landed.set(name, bump(name));
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
