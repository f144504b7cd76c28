import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/locales';

const SRC = join(__dirname, '..');
const LOCALES_DIR = join(__dirname, 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatten(value, `${prefix}${key}.`),
  );
}

/** Plural forms differ by language (Chinese has only "other"), so they compare by their base key. */
function baseKeys(keys: string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function readCatalogue(locale: string, namespace: string): Catalogue | null {
  try {
    return JSON.parse(
      readFileSync(join(LOCALES_DIR, locale, `${namespace}.json`), 'utf8'),
    ) as Catalogue;
  } catch {
    return null;
  }
}

const namespaces = [
  ...new Set(
    LOCALES.flatMap((locale) =>
      readdirSync(join(LOCALES_DIR, locale)).map((file) => file.replace(/\.json$/, '')),
    ),
  ),
].sort();

function keysOf(locale: string, namespace: string): Set<string> {
  const catalogue = readCatalogue(locale, namespace);
  return catalogue ? baseKeys(flatten(catalogue)) : new Set();
}

describe('translation catalogues', () => {
  it.each(namespaces)('namespace %s has a file in every locale', (namespace) => {
    const missing = LOCALES.filter((locale) => readCatalogue(locale, namespace) === null);
    expect(missing, `locales without ${namespace}.json`).toEqual([]);
  });

  it.each(namespaces)('namespace %s has the same keys in every locale', (namespace) => {
    const all = new Set(LOCALES.flatMap((locale) => [...keysOf(locale, namespace)]));
    const gaps = LOCALES.flatMap((locale) => {
      const keys = keysOf(locale, namespace);
      return [...all]
        .filter((key) => !keys.has(key))
        .map((key) => `${locale}/${namespace}: ${key}`);
    });
    expect(gaps).toEqual([]);
  });

  it('has no empty translations', () => {
    const empty = LOCALES.flatMap((locale) =>
      namespaces.flatMap((namespace) => {
        const catalogue = readCatalogue(locale, namespace);
        return catalogue
          ? flatten(catalogue)
              .filter((key) => lookup(catalogue, key)?.trim() === '')
              .map((key) => `${locale}/${namespace}: ${key}`)
          : [];
      }),
    );
    expect(empty).toEqual([]);
  });
});

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The namespace a file's bare keys belong to: the first one it names in useTranslation or in a
 * TFunction<'ns'> type. Files that get `t` some other way are skipped: their namespace is unknown.
 */
function defaultNamespace(source: string): string | null {
  const hook = /useTranslation\(\s*(?:\[\s*)?['"]([\w-]+)['"]/.exec(source);
  if (hook?.[1]) return hook[1];
  const typed = /TFunction<\s*['"]([\w-]+)['"]/.exec(source);
  if (typed?.[1]) return typed[1];
  return /useTranslation\(\s*\)/.test(source) ? 'common' : null;
}

/** Literal keys only: t('key'), t('ns:key'), i18n.t(...), i18nKey="..."; computed keys cannot be checked here. */
const KEY_USES = [/\bt\(\s*'([^'$`{}]+)'/g, /\bt\(\s*"([^"$`{}]+)"/g, /i18nKey=["']([^"']+)["']/g];

describe('keys used in the code', () => {
  const referenceKeys = new Map(
    namespaces.map((namespace) => [namespace, keysOf('zh-CN', namespace)]),
  );
  const uses = sourceFiles(SRC).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const fallback = defaultNamespace(source);
    return KEY_USES.flatMap((pattern) =>
      [...source.matchAll(pattern)].map((match) => {
        const raw = match[1] ?? '';
        const [namespace, key] = raw.includes(':')
          ? (raw.split(':', 2) as [string, string])
          : [fallback, raw];
        return { file: relative(SRC, file), namespace, key };
      }),
    ).filter(
      (use): use is { file: string; namespace: string; key: string } => use.namespace !== null,
    );
  });

  it('finds the literal keys (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it('every literal key exists in the zh-CN catalogue', () => {
    const missing = uses
      .filter(
        ({ namespace, key }) => !referenceKeys.get(namespace)?.has(key.replace(PLURAL_SUFFIX, '')),
      )
      .map(({ file, namespace, key }) => `${file}: ${namespace}:${key}`);
    expect(missing).toEqual([]);
  });
});
