import { lazy, useSyncExternalStore, type ComponentType } from 'react';

/** How many page modules are being fetched right now; the layout shows a progress bar meanwhile. */
let pendingLoads = 0;
const listeners = new Set<() => void>();

function setPending(change: 1 | -1): void {
  pendingLoads += change;
  // React.lazy starts the import while rendering; telling subscribers later avoids updating them mid-render.
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => pendingLoads > 0;

/** True while the code of a page that was just opened is still on its way. */
export function usePageLoading(): boolean {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * A page whose code loads on first render. Route modules export their page as `Component`;
 * a failed import rejects, so the route's error boundary can offer a reload.
 */
export function lazyPage(load: () => Promise<{ Component: ComponentType }>): ComponentType {
  return lazy(async () => {
    setPending(1);
    try {
      const module = await load();
      return { default: module.Component };
    } finally {
      setPending(-1);
    }
  });
}
