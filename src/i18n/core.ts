/**
 * A small translation core: namespaced JSON catalogues, {{name}} interpolation, plurals through
 * Intl.PluralRules, a fallback language, and catalogues fetched when a namespace is first needed.
 * It replaces i18next because the first route must stay within its size budget and the app uses
 * nothing more than this.
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

/** Fetches one catalogue; undefined when that language has no such namespace. */
export type CatalogueLoader = (
  language: string,
  namespace: string,
) => Promise<Catalogue | undefined>;

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

const bundleKey = (language: string, namespace: string) => `${language}/${namespace}`;

export class I18n {
  language: string;
  readonly fallbackLanguage: string;
  readonly defaultNamespace: string;
  private readonly catalogues = new Map<string, Catalogue>();
  private readonly loader: CatalogueLoader | undefined;
  /**
   * One fetch per language and namespace, kept once settled: a failed one stays failed until the
   * page is reloaded, as a failed page import does (the route error offers the reload).
   */
  private readonly loads = new Map<string, Promise<void>>();
  /** Languages and namespaces whose fetch has finished, whether or not a catalogue existed. */
  private readonly settled = new Set<string>();
  /** Namespaces asked for so far: a language change brings these along. */
  private readonly wanted = new Set<string>();
  /** The promise a suspended component waits on, the same object on every render. */
  private readonly readiness = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(options: {
    language: string;
    fallbackLanguage: string;
    defaultNamespace: string;
    /** Without a loader every catalogue must be added up front; with one, they arrive on demand. */
    load?: CatalogueLoader;
  }) {
    this.language = options.language;
    this.fallbackLanguage = options.fallbackLanguage;
    this.defaultNamespace = options.defaultNamespace;
    this.loader = options.load;
  }

  /** Kept for callers written against i18next: the language actually in use. */
  get resolvedLanguage(): string {
    return this.language;
  }

  addResourceBundle(language: string, namespace: string, catalogue: Catalogue): void {
    this.catalogues.set(bundleKey(language, namespace), catalogue);
    this.wanted.add(namespace);
    this.changed();
  }

  hasResourceBundle(language: string, namespace: string): boolean {
    return this.catalogues.has(bundleKey(language, namespace));
  }

  /** The languages a translation may come from now: the current one, then the fallback. */
  private get languages(): string[] {
    return [...new Set([this.language, this.fallbackLanguage])];
  }

  private isSettled(language: string, namespace: string): boolean {
    const key = bundleKey(language, namespace);
    return !this.loader || this.catalogues.has(key) || this.settled.has(key);
  }

  private loadBundle(language: string, namespace: string): Promise<void> {
    const key = bundleKey(language, namespace);
    let load = this.loads.get(key);
    if (!load) {
      this.wanted.add(namespace);
      load =
        this.isSettled(language, namespace) || !this.loader
          ? Promise.resolve()
          : this.loader(language, namespace).then((catalogue) => {
              this.settled.add(key);
              if (catalogue) this.addResourceBundle(language, namespace, catalogue);
            });
      this.loads.set(key, load);
    }
    return load;
  }

  /** Fetches the namespaces (in the current and fallback language unless told) that are not here yet. */
  loadNamespaces(
    namespaces: readonly string[],
    languages: readonly string[] = this.languages,
  ): Promise<void> {
    const loads = languages.flatMap((language) =>
      namespaces.map((namespace) => this.loadBundle(language, namespace)),
    );
    return Promise.all(loads).then(() => undefined);
  }

  /** Every namespace asked for or added so far, loaded or on its way. */
  namespacesInUse(): string[] {
    return [...this.wanted];
  }

  /**
   * Null when the namespace (current and fallback language) needs no waiting; otherwise the
   * promise of its arrival, started on the first ask. It stays the same object once settled: a
   * component that suspended on it with React's `use` must find it again on its next render.
   */
  whenReady(namespace: string): Promise<void> | null {
    const languages = this.languages;
    const key = `${languages.join('+')}|${namespace}`;
    const known = this.readiness.get(key);
    if (known) return known;
    if (languages.every((language) => this.isSettled(language, namespace))) return null;
    const ready = this.loadNamespaces([namespace], languages);
    this.readiness.set(key, ready);
    return ready;
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

    if (this.loader && !this.wanted.has(namespace)) {
      // A namespace reached only through 'ns:key' and declared nowhere: fetch it, so the key shows
      // for a moment rather than for good. Pages declare their namespaces to avoid even that.
      void this.loadNamespaces([namespace]).catch(() => undefined);
    }
    for (const language of languages) {
      const catalogue = this.catalogues.get(bundleKey(language, namespace));
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
