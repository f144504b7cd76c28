import {
  createContext,
  use,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { I18n, TFunction } from './core';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** The instance itself, for code that loads catalogues rather than translating (e.g. pages). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an I18nProvider above it');
  return i18n;
}

/**
 * The translate function of a namespace (the first of a list is the default; others are reached
 * as 'ns:key'). Components re-render when the language or a catalogue changes. A namespace whose
 * catalogue has not arrived yet suspends the component until it has (the nearest Suspense
 * boundary shows its fallback), so raw keys never reach the screen.
 */
export function useTranslation<Namespace extends string = string>(
  namespaces?: Namespace | readonly Namespace[],
): { t: TFunction<Namespace>; i18n: I18n } {
  const i18n = useI18n();
  const revision = useSyncExternalStore(i18n.subscribe, i18n.getRevision, i18n.getRevision);
  const listed: readonly string[] =
    namespaces === undefined
      ? [i18n.defaultNamespace]
      : typeof namespaces === 'string'
        ? [namespaces]
        : namespaces;
  const namespace = (typeof namespaces === 'string' ? namespaces : namespaces?.[0]) as
    Namespace | undefined;
  const t = useMemo(
    () => i18n.getFixedT<Namespace>(null, namespace),
    // The revision is a dependency on purpose: a new function makes memoised children re-translate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n, namespace, revision],
  );
  for (const listedNamespace of listed) {
    const arriving = i18n.whenReady(listedNamespace);
    if (arriving) use(arriving);
  }
  return { t, i18n };
}
