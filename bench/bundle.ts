import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFigures {
  /** The larger of the two first screens: a visitor's /sign-in, a signed-in user's /orders. */
  firstRouteJsGzipKb: number;
  entryJsGzipKb: number;
  signInRouteJsGzipKb: number;
  ordersRouteJsGzipKb: number;
  firstRouteCssGzipKb: number;
  totalAppJsGzipKb: number;
  mockBackendJsGzipKb: number;
  firstRouteFiles: string[];
  /** Modules of mocks/ reachable from the first screens: must be none. */
  mockModulesInFirstRoute: string[];
  /** Modules of the analytics feature or the chart library in the first screens' JS: must be none. */
  analyticsModulesInFirstRoute: string[];
  /** What opening /analytics downloads beyond the entry and the signed-in layout. */
  analyticsRouteJsGzipKb: number;
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const round = (value: number) => Math.round(value * 10) / 10;

/** Lazy modules a first screen needs besides the entry: its page, and the signed-in layout. */
const SIGN_IN_ROUTE = ['src/features/auth/routes/sign-in.tsx'];
const ORDERS_ROUTE = ['src/features/orders/routes/order-list.tsx'];
const isLayout = (key: string) => key.startsWith('src/app/layout/');
/** The analytics page and its chart code, which the page always loads (lazily, beside its data). */
const ANALYTICS_ROUTE = [
  'src/features/analytics/routes/dashboard.tsx',
  'src/features/analytics/components/charts/analytics-charts.tsx',
];
/** The analytics feature and the chart library with the parts of d3 it draws with. */
const ANALYTICS_MODULE =
  /(^|\/)(src\/features\/analytics\/|node_modules\/(recharts|victory-vendor|d3-[\w-]+)\/)/;

/**
 * The source modules bundled into a chunk, from its source map (the manifest names only a chunk's
 * entry module): the project's files from src/, packages from node_modules/.
 */
function modulesOf(distDir: string, file: string): string[] {
  const map = path.join(distDir, `${file}.map`);
  // Rolldown's small runtime chunk has none; the entry's must exist (checked by the caller).
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
  return (sources ?? []).map((source) => {
    const at = source.lastIndexOf('node_modules/');
    if (at >= 0) return source.slice(at);
    const src = source.lastIndexOf('src/');
    return src >= 0 ? source.slice(src) : source;
  });
}

/**
 * What the browser downloads before a first screen shows: the entry with its static imports,
 * plus the lazy chunks of that screen (and their static imports); never other routes' chunks.
 */
export function measureBundle(distDir: string): BundleFigures {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = manifest['index.html'];
  if (!entry) throw new Error('the build manifest has no index.html entry');

  const graph = (roots: string[]) => {
    const found = new Set<string>();
    const visit = (key: string) => {
      if (found.has(key) || !manifest[key]) return;
      found.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    roots.forEach(visit);
    return found;
  };
  const seen = graph(['index.html']);
  const jsOf = (keys: Set<string>) =>
    [...keys].map((key) => manifest[key]?.file ?? '').filter((f) => f.endsWith('.js'));
  for (const key of [...SIGN_IN_ROUTE, ...ORDERS_ROUTE, ...ANALYTICS_ROUTE]) {
    if (!manifest[key]) throw new Error(`the build manifest has no ${key}: update bench/bundle.ts`);
  }
  const signIn = graph(['index.html', ...SIGN_IN_ROUTE]);
  const orders = graph(['index.html', ...Object.keys(manifest).filter(isLayout), ...ORDERS_ROUTE]);
  const shell = graph(['index.html', ...Object.keys(manifest).filter(isLayout)]);
  const analyticsOwn = new Set([...graph(ANALYTICS_ROUTE)].filter((key) => !shell.has(key)));

  const chunks = [...seen]
    .map((key) => manifest[key])
    .filter((c): c is ManifestChunk => Boolean(c));
  const jsFiles = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  const mockModules = [
    ...graph([
      'index.html',
      ...Object.keys(manifest).filter(isLayout),
      ...SIGN_IN_ROUTE,
      ...ORDERS_ROUTE,
    ]),
  ].filter((key) => key.startsWith('mocks/') || key.includes('/mocks/'));

  if (!existsSync(path.join(distDir, `${entry.file}.map`))) {
    throw new Error(
      'the build has no source maps: the analytics check reads them (build.sourcemap)',
    );
  }
  const firstRouteJs = new Set([...jsOf(signIn), ...jsOf(orders)]);
  const analyticsModules = [
    ...[...signIn, ...orders].filter((key) => ANALYTICS_MODULE.test(key)),
    ...[...firstRouteJs].flatMap((file) =>
      modulesOf(distDir, file).filter((module) => ANALYTICS_MODULE.test(module)),
    ),
  ];

  const assets = path.join(distDir, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const mockFiles = new Set<string>();
  const mockEntry = Object.values(manifest).find((c) => c.isEntry && c.src?.startsWith('mocks/'));
  if (mockEntry) {
    const stack = [mockEntry];
    while (stack.length) {
      const chunk = stack.pop();
      if (!chunk || mockFiles.has(chunk.file)) continue;
      // Chunks the app entry also loads are the app's, not the mock's.
      if (!jsFiles.includes(chunk.file)) mockFiles.add(chunk.file);
      for (const key of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
        const next = manifest[key];
        if (next) stack.push(next);
      }
    }
  }

  // The demo backend's data worker is emitted beside the manifest, not in it.
  for (const file of allJs) if (file.startsWith('worker-')) mockFiles.add(`assets/${file}`);

  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, f) => total + gzipKb(path.join(distDir, f)), 0);
  const signInKb = round(sum(jsOf(signIn)));
  const ordersKb = round(sum(jsOf(orders)));
  return {
    firstRouteJsGzipKb: Math.max(signInKb, ordersKb),
    entryJsGzipKb: round(sum(jsFiles)),
    signInRouteJsGzipKb: signInKb,
    ordersRouteJsGzipKb: ordersKb,
    firstRouteCssGzipKb: round(sum(cssFiles)),
    totalAppJsGzipKb: round(sum(allJs.map((f) => `assets/${f}`).filter((f) => !mockFiles.has(f)))),
    mockBackendJsGzipKb: round(sum(mockFiles)),
    firstRouteFiles: jsOf(orders),
    mockModulesInFirstRoute: mockModules,
    analyticsModulesInFirstRoute: [...new Set(analyticsModules)],
    analyticsRouteJsGzipKb: round(sum(jsOf(analyticsOwn))),
  };
}
