/**
 * MSW's core keeps a cookie store in localStorage whenever it sees a browser-like global, and a
 * dedicated worker has none. The demo backend sets no cookies, so an in-memory stand-in is enough.
 * Imported first by mocks/worker.ts, before msw is evaluated.
 */
if (!('localStorage' in globalThis)) {
  const items = new Map<string, string>();
  const memoryStorage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage });
}

export {};
