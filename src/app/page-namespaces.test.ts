import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each page declares the translation namespaces it uses so they load beside its code. This reads
 * the source the way the bundler does (static and dynamic imports from the page's module) and
 * checks the declarations against what the code reaches, so a new dialog's namespace cannot be
 * forgotten (its strings would otherwise wait for a second fetch) and none is declared in vain.
 */

const SRC = join(__dirname, '..');
const KNOWN_NAMESPACES = new Set(
  readdirSync(join(SRC, 'i18n/locales/zh-CN')).map((file) => file.replace(/\.json$/, '')),
);

function resolveImport(specifier: string, fromFile: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(fromFile), specifier);
  else return null;
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path)) ?? null;
}

const STATIC_IMPORTS = [/\bfrom\s+'([^']+)'/g, /^import\s+'([^']+)'/gm];
const IMPORTS = [...STATIC_IMPORTS, /\bimport\(\s*'([^']+)'\s*\)/g];

/** The namespaces one file asks for: useTranslation(...) and 'ns:key' strings. */
function namespacesIn(source: string): string[] {
  const found: string[] = [];
  for (const [, args = ''] of source.matchAll(/useTranslation(?:<[^>]*>)?\(([^)]*)\)/g)) {
    if (args.trim() === '') found.push('common');
    for (const [, name = ''] of args.matchAll(/'([\w-]+)'/g)) found.push(name);
    for (const [, constant = ''] of args.matchAll(/\b([A-Z][A-Z_]+)\b/g)) {
      const value = new RegExp(`const ${constant}\\s*=\\s*'([\\w-]+)'`).exec(source)?.[1];
      if (value) found.push(value);
    }
  }
  for (const [, name = ''] of source.matchAll(/['`"]([\w-]+):[\w$]/g)) {
    if (KNOWN_NAMESPACES.has(name)) found.push(name);
  }
  return found;
}

/** Every namespace reachable from a module through its imports, static or lazy. */
function namespacesReachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    // The i18n module names every catalogue; it is the machinery, not a user of namespaces.
    if (file.startsWith(join(SRC, 'i18n'))) continue;
    const source = readFileSync(file, 'utf8');
    namespacesIn(source).forEach((namespace) => namespaces.add(namespace));
    // A module that fetches the catalogues of its lazy parts itself (the header's alert panel,
    // on first opening) keeps them out of every page's declaration: they would load at boot.
    const loadsOwnNamespaces = source.includes('.loadNamespaces(');
    for (const pattern of loadsOwnNamespaces ? STATIC_IMPORTS : IMPORTS) {
      for (const [, specifier = ''] of source.matchAll(pattern)) {
        const target = resolveImport(specifier, file);
        if (target) stack.push(target);
      }
    }
  }
  return namespaces;
}

interface Declaration {
  module: string;
  declared: string[];
}

/** The lazyPage(...) calls of routes.tsx: the module each imports and the namespaces it lists. */
function pageDeclarations(): Declaration[] {
  const routesFile = join(SRC, 'app/routes.tsx');
  const source = readFileSync(routesFile, 'utf8');
  return source
    .split(/(?=\blazyPage\()/)
    .slice(1)
    .map((call) => {
      const specifier = /import\('([^']+)'\)/.exec(call)?.[1];
      const list = /namespaces:\s*\[([^\]]*)\]/.exec(call)?.[1];
      if (!specifier || list === undefined)
        throw new Error(`unreadable page: ${call.slice(0, 80)}`);
      const module = resolveImport(specifier, routesFile);
      if (!module) throw new Error(`no module for ${specifier}`);
      const declared = [...list.matchAll(/'([\w-]+)'/g)].map((match) => match[1] ?? '');
      return { module, declared };
    });
}

describe('page namespaces', () => {
  const pages = pageDeclarations();

  it('finds the pages (the scan itself works)', () => {
    expect(pages.length).toBeGreaterThan(10);
    const orderList = pages.find((page) => page.module.endsWith('orders/routes/order-list.tsx'));
    expect(orderList && [...namespacesReachedFrom(orderList.module)]).toEqual(
      expect.arrayContaining(['orders', 'order-actions', 'table', 'common']),
    );
  });

  it.each(pages.map((page) => [relative(SRC, page.module), page] as const))(
    '%s declares exactly the namespaces its code uses',
    (_name, { module, declared }) => {
      const reached = [...namespacesReachedFrom(module)].sort();
      expect([...declared].sort()).toEqual(reached);
    },
  );
});
