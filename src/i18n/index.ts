import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';
import { I18n, type Catalogue } from './core';

export { I18n, type Catalogue, type TFunction, type TOptions } from './core';
export { I18nProvider, useTranslation } from './react';

/** zh-CN ships in the first bundle; the other languages are fetched only when someone picks them. */
const bundledCatalogues = import.meta.glob<Catalogue>('./locales/zh-CN/*.json', {
  eager: true,
  import: 'default',
});
const lazyCatalogues = {
  ...import.meta.glob<Catalogue>('./locales/zh-TW/*.json', { import: 'default' }),
  ...import.meta.glob<Catalogue>('./locales/en/*.json', { import: 'default' }),
};

function locationOf(path: string): { locale: string; namespace: string } {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected catalogue path ${path}`);
  return { locale: match[1], namespace: match[2] };
}

export const NAMESPACES: readonly string[] = Object.keys(bundledCatalogues).map(
  (path) => locationOf(path).namespace,
);

/** Adds the catalogues of a locale that are not loaded yet. */
export async function loadLocale(instance: I18n, locale: Locale): Promise<void> {
  const pending = Object.entries(lazyCatalogues)
    .map(([path, load]) => ({ ...locationOf(path), load }))
    .filter(
      (entry) => entry.locale === locale && !instance.hasResourceBundle(locale, entry.namespace),
    );
  const loaded = await Promise.all(
    pending.map(async (entry) => ({ ...entry, catalogue: await entry.load() })),
  );
  for (const { namespace, catalogue } of loaded)
    instance.addResourceBundle(locale, namespace, catalogue);
}

function reflectLocaleInDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Loads the locale's catalogues, then switches to it; components re-render through useTranslation. */
export async function changeLocale(instance: I18n, locale: Locale): Promise<void> {
  await loadLocale(instance, locale);
  instance.changeLanguage(locale);
  reflectLocaleInDocument(locale);
}

/** A fresh instance (the app makes one; every rendered test makes its own). */
export async function createI18n(locale: Locale = DEFAULT_LOCALE): Promise<I18n> {
  const instance = new I18n({
    language: DEFAULT_LOCALE,
    fallbackLanguage: DEFAULT_LOCALE,
    defaultNamespace: 'common',
  });
  for (const [path, catalogue] of Object.entries(bundledCatalogues)) {
    const { locale: catalogueLocale, namespace } = locationOf(path);
    instance.addResourceBundle(catalogueLocale, namespace, catalogue);
  }
  if (locale !== DEFAULT_LOCALE) await changeLocale(instance, locale);
  else reflectLocaleInDocument(locale);
  return instance;
}
