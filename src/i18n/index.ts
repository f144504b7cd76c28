import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

type Catalogue = Record<string, unknown>;

/** zh-CN ships in the first bundle; the other languages are fetched only when someone picks them. */
const bundledCatalogues = import.meta.glob<Catalogue>('./locales/zh-CN/*.json', { eager: true, import: 'default' });
const lazyCatalogues = {
  ...import.meta.glob<Catalogue>('./locales/zh-TW/*.json', { import: 'default' }),
  ...import.meta.glob<Catalogue>('./locales/en/*.json', { import: 'default' }),
};

function locationOf(path: string): { locale: string; namespace: string } {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected catalogue path ${path}`);
  return { locale: match[1], namespace: match[2] };
}

export const NAMESPACES: readonly string[] = Object.keys(bundledCatalogues).map((path) => locationOf(path).namespace);

function bundledResources(): Resource {
  const resources: Resource = { [DEFAULT_LOCALE]: {} };
  for (const [path, catalogue] of Object.entries(bundledCatalogues)) {
    const { locale, namespace } = locationOf(path);
    (resources[locale] ??= {})[namespace] = catalogue;
  }
  return resources;
}

/** Adds the catalogues of a locale that are not loaded yet. */
export async function loadLocale(instance: I18n, locale: Locale): Promise<void> {
  const pending = Object.entries(lazyCatalogues)
    .map(([path, load]) => ({ ...locationOf(path), load }))
    .filter((entry) => entry.locale === locale && !instance.hasResourceBundle(locale, entry.namespace));
  const loaded = await Promise.all(pending.map(async (entry) => ({ ...entry, catalogue: await entry.load() })));
  for (const { namespace, catalogue } of loaded) instance.addResourceBundle(locale, namespace, catalogue, true, false);
}

function reflectLocaleInDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Loads the locale's catalogues, then switches to it; the UI re-renders through react-i18next. */
export async function changeLocale(instance: I18n, locale: Locale): Promise<void> {
  await loadLocale(instance, locale);
  await instance.changeLanguage(locale);
  reflectLocaleInDocument(locale);
}

/** A fresh i18next instance (the app makes one; every rendered test makes its own). */
export async function createI18n(locale: Locale = DEFAULT_LOCALE): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  await instance.init({
    resources: bundledResources(),
    partialBundledLanguages: true,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (locale !== DEFAULT_LOCALE) await changeLocale(instance, locale);
  else reflectLocaleInDocument(locale);
  return instance;
}
