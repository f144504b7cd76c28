/**
 * A small translation core: namespaced JSON catalogues, {{name}} interpolation, plurals through
 * Intl.PluralRules, and a fallback language. It replaces i18next because the first route must stay
 * within its size budget and the app uses nothing more than this.
 */

export interface Catalogue {
  [key: string]: string | Catalogue;
}

export interface TOptions {
  count?: number;
  defaultValue?: string;
  ns?: string;
  lng?: string;
  [param: string]: unknown;
}

/** A translate function; the type parameter records the default namespace for readers and tools. */
export type TFunction<Namespace extends string = string> = ((
  key: string,
  options?: TOptions,
) => string) & {
  readonly namespace?: Namespace;
};

const NS_SEPARATOR = ':';
const INTERPOLATION = /\{\{\s*([\w.]+)\s*\}\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function lookup(catalogue: Catalogue | undefined, path: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, options: TOptions): string {
  return template.replace(INTERPOLATION, (whole, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export class I18n {
  language: string;
  readonly fallbackLanguage: string;
  readonly defaultNamespace: string;
  private readonly catalogues = new Map<string, Catalogue>();
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(options: { language: string; fallbackLanguage: string; defaultNamespace: string }) {
    this.language = options.language;
    this.fallbackLanguage = options.fallbackLanguage;
    this.defaultNamespace = options.defaultNamespace;
  }

  /** Kept for callers written against i18next: the language actually in use. */
  get resolvedLanguage(): string {
    return this.language;
  }

  addResourceBundle(language: string, namespace: string, catalogue: Catalogue): void {
    this.catalogues.set(`${language}/${namespace}`, catalogue);
    this.changed();
  }

  hasResourceBundle(language: string, namespace: string): boolean {
    return this.catalogues.has(`${language}/${namespace}`);
  }

  changeLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    this.changed();
  }

  /** For useSyncExternalStore: a number that changes whenever the language or a catalogue does. */
  readonly getRevision = (): number => this.revision;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly t = (key: string, options: TOptions = {}): string =>
    this.translate(key, options, this.defaultNamespace);

  getFixedT<Namespace extends string>(
    language: string | null,
    namespace?: Namespace,
  ): TFunction<Namespace> {
    const fixed = (key: string, options: TOptions = {}) =>
      this.translate(
        key,
        { ...options, lng: options.lng ?? language ?? undefined },
        namespace ?? this.defaultNamespace,
      );
    return fixed;
  }

  private translate(key: string, options: TOptions, defaultNamespace: string): string {
    const separator = key.indexOf(NS_SEPARATOR);
    const namespace = separator > 0 ? key.slice(0, separator) : (options.ns ?? defaultNamespace);
    const path = separator > 0 ? key.slice(separator + 1) : key;
    const languages = [options.lng ?? this.language, this.fallbackLanguage];

    for (const language of languages) {
      const catalogue = this.catalogues.get(`${language}/${namespace}`);
      const candidates =
        typeof options.count === 'number'
          ? [`${path}_${pluralCategory(language, options.count)}`, `${path}_other`, path]
          : [path];
      for (const candidate of candidates) {
        const template = lookup(catalogue, candidate);
        if (template !== undefined) return interpolate(template, options);
      }
    }
    return options.defaultValue !== undefined ? interpolate(options.defaultValue, options) : key;
  }

  private changed(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}
