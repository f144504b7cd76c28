import { createElement, lazy, useSyncExternalStore, type ComponentType } from 'react';
import { preloadCatalogues, useI18n } from '@/i18n';
import type { Locale } from '@/lib/locales';

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

export type LazyPage = ComponentType & {
  /**
   * Starts fetching the page's code and its catalogues (in the locale and the fallback) now, e.g.
   * while the app boots on that page's URL.
   */
  preload(locale: Locale): Promise<unknown>;
  /** The translation namespaces the page and what it opens (dialogs, panels) use. */
  readonly namespaces: readonly string[];
};

export interface PageOptions {
  /**
   * Every translation namespace the page uses, including those of the dialogs and panels it
   * opens: they are fetched beside the code, so nothing waits for a second round trip.
   */
  namespaces: readonly string[];
}

/**
 * A page whose code loads on first render (or earlier, through `preload`). Route modules export
 * their page as `Component`; a failed import rejects, so the route's error boundary can offer a reload.
 */
export function lazyPage(
  load: () => Promise<{ Component: ComponentType }>,
  { namespaces }: PageOptions,
): LazyPage {
  let loading: Promise<{ Component: ComponentType }> | null = null;
  let loaded: ComponentType | null = null;
  const loadOnce = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.Component;
        return module;
      },
      (error: unknown) => {
        // A failed fetch may succeed on the next attempt (the route boundary's retry).
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => {
    setPending(1);
    try {
      const module = await loadOnce();
      return { default: module.Component };
    } finally {
      setPending(-1);
    }
  });
  // Code that is already here (preloaded at boot, or opened before) renders at once: suspending
  // anyway would show the fallback and make React hold the real page back for its reveal delay.
  function Page() {
    const i18n = useI18n();
    // Catalogues start beside the code (which Suspending fetches); a component that needs one
    // before it is here suspends on it.
    void i18n.loadNamespaces(namespaces).catch(() => undefined);
    return createElement(loaded ?? Suspending);
  }
  return Object.assign(Page, {
    namespaces,
    preload: (locale: Locale) => Promise.all([loadOnce(), preloadCatalogues(namespaces, locale)]),
  });
}
