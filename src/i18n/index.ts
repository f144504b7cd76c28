import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import { I18n, type Catalogue } from './core';

export { I18n, type Catalogue, type CatalogueLoader, type TFunction, type TOptions } from './core';
export { I18nProvider, useI18n, useTranslation } from './react';

/**
 * What the first screens need (the frame, sign-in and the order list) ships in the first bundle,
 * in the default language. Every other catalogue is a small file of its own, fetched with the page
 * that declares it (see lazyPage) or, failing that, when a component first asks for it.
 */
const bundledCatalogues = import.meta.glob<Catalogue>(
  './locales/zh-CN/{common,auth,table,orders}.json',
  { eager: true, import: 'default' },
);
const lazyCatalogues = import.meta.glob<Catalogue>(
  ['./locales/*/*.json', '!./locales/zh-CN/{common,auth,table,orders}.json'],
  { import: 'default' },
);

function locationOf(path: string): { locale: string; namespace: string } {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected catalogue path ${path}`);
  return { locale: match[1], namespace: match[2] };
}

const pathOf = (locale: string, namespace: string) => `./locales/${locale}/${namespace}.json`;

/** Every namespace there is, whether bundled or fetched on demand. */
export const NAMESPACES: readonly string[] = [
  ...new Set(
    [...Object.keys(bundledCatalogues), ...Object.keys(lazyCatalogues)]
      .map((path) => locationOf(path))
      .filter(({ locale }) => locale === DEFAULT_LOCALE)
      .map(({ namespace }) => namespace),
  ),
].sort();

/** The namespaces in the first bundle (default language): no page needs to fetch these. */
export const BUNDLED_NAMESPACES: readonly string[] = Object.keys(bundledCatalogues)
  .map((path) => locationOf(path).namespace)
  .sort();

/** Fetched catalogues by path: an instance made after a preload starts with them in place. */
const arrived = new Map<string, Catalogue>();

/** Fetches a catalogue; the module system fetches each file once however often it is asked for. */
async function loadCatalogue(locale: string, namespace: string): Promise<Catalogue | undefined> {
  const path = pathOf(locale, namespace);
  const catalogue = bundledCatalogues[path] ?? (await lazyCatalogues[path]?.());
  if (catalogue) arrived.set(path, catalogue);
  return catalogue;
}

/** The languages a screen in this locale reads from: the locale itself and the fallback. */
const languagesFor = (locale: Locale): Locale[] => [...new Set([locale, DEFAULT_LOCALE])];

/**
 * Starts fetching the catalogues a first screen needs before any instance exists (at boot, beside
 * the page's code): the given namespaces, plus the bundled ones when the locale is not the default.
 */
export function preloadCatalogues(namespaces: readonly string[], locale: Locale): Promise<void> {
  const wanted = new Set([...namespaces, ...(locale === DEFAULT_LOCALE ? [] : BUNDLED_NAMESPACES)]);
  const loads = languagesFor(locale).flatMap((language) =>
    [...wanted].map((namespace) => loadCatalogue(language, namespace)),
  );
  return Promise.all(loads).then(() => undefined);
}

function reflectLocaleInDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * Loads the locale's catalogues for every namespace in use, then switches to it; components
 * re-render through useTranslation. Namespaces needed later arrive on demand, in the new locale.
 */
export async function changeLocale(instance: I18n, locale: Locale): Promise<void> {
  await instance.loadNamespaces(instance.namespacesInUse(), languagesFor(locale));
  instance.changeLanguage(locale);
  reflectLocaleInDocument(locale);
}

export interface CreateI18nOptions {
  /**
   * Only the bundled namespaces are ready at first; the rest load when pages ask for them (the
   * app). Without it every namespace of the locale is loaded before the instance is returned
   * (tests, and screens rendered outside the app's pages).
   */
  lazy?: boolean;
}

/** A fresh instance (the app makes one; every rendered test makes its own). */
export async function createI18n(
  locale: Locale = DEFAULT_LOCALE,
  { lazy = false }: CreateI18nOptions = {},
): Promise<I18n> {
  const instance = new I18n({
    language: DEFAULT_LOCALE,
    fallbackLanguage: DEFAULT_LOCALE,
    defaultNamespace: 'common',
    load: loadCatalogue,
  });
  // What is here already (bundled, or preloaded with the first page) is ready from the first
  // render: waiting even a moment for it would show the loading state instead of the page.
  for (const [path, catalogue] of [...Object.entries(bundledCatalogues), ...arrived]) {
    const { locale: catalogueLocale, namespace } = locationOf(path);
    instance.addResourceBundle(catalogueLocale, namespace, catalogue);
  }
  await instance.loadNamespaces(lazy ? BUNDLED_NAMESPACES : NAMESPACES, languagesFor(locale));
  instance.changeLanguage(locale);
  reflectLocaleInDocument(locale);
  return instance;
}
