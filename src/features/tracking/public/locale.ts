import { I18n, type Catalogue } from '@/i18n/core';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/locales';

/**
 * The page's translations: only its own namespace and the shared tracking words. The form's words
 * in the default language travel with the page's code (they are every language's fallback too);
 * the rest (another language, the answer's tracking words) are fetched when needed. The admin's
 * catalogue loader is not used: it knows every namespace.
 */
const PAGE_NAMESPACE = 'track';
export const ANSWER_NAMESPACE = 'tracking-events';

const bundled = import.meta.glob<Catalogue>('../../../i18n/locales/zh-CN/track.json', {
  eager: true,
  import: 'default',
});
const fetched = import.meta.glob<Catalogue>(
  [
    '../../../i18n/locales/*/{track,tracking-events}.json',
    '!../../../i18n/locales/zh-CN/track.json',
  ],
  { import: 'default' },
);

const pathOf = (locale: string, namespace: string) =>
  `../../../i18n/locales/${locale}/${namespace}.json`;

async function loadCatalogue(locale: string, namespace: string): Promise<Catalogue | undefined> {
  const path = pathOf(locale, namespace);
  return bundled[path] ?? (await fetched[path]?.());
}

const languagesFor = (locale: Locale): Locale[] => [...new Set([locale, DEFAULT_LOCALE])];

/** An instance with the page's catalogues of this language (and the fallback) in place. */
export async function createTrackI18n(locale: Locale): Promise<I18n> {
  const i18n = new I18n({
    language: locale,
    fallbackLanguage: DEFAULT_LOCALE,
    defaultNamespace: 'track',
    load: loadCatalogue,
  });
  await i18n.loadNamespaces([PAGE_NAMESPACE], languagesFor(locale));
  reflectLocale(locale);
  return i18n;
}

/** Loads the language's catalogues in use, then switches: the page never shows keys in between. */
export async function switchLocale(i18n: I18n, locale: Locale): Promise<void> {
  await i18n.loadNamespaces(i18n.namespacesInUse(), languagesFor(locale));
  i18n.changeLanguage(locale);
  reflectLocale(locale);
}

function reflectLocale(locale: Locale): void {
  document.documentElement.lang = locale;
}

/** The customer's own choice on this device; kept apart from the staff app's preferences. */
const CHOSEN_LOCALE_KEY = 'order-desk.track.locale';

export function chosenLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(CHOSEN_LOCALE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be switched off (private modes); the page works without remembering.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN_LOCALE_KEY, locale);
  } catch {
    // As above: not remembering is acceptable.
  }
}

/** The browser's languages mapped onto the three the page speaks, or null for none of them. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale | null {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(tag)) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return null;
}

/** The first view's language, before any answer: the customer's choice, the browser's, the default. */
export function initialLocale(): Locale {
  return chosenLocale() ?? browserLocale() ?? DEFAULT_LOCALE;
}
