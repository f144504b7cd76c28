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
  /**
   * The customers' /track page: the entry and everything the page loads before it can show the
   * form (its start, React, the default language's catalogues); not the demo backend.
   */
  trackRouteJsGzipKb: number;
  trackRouteFiles: string[];
  /** What /track loads beyond that for its answer (the answer's view; fetched while one types). */
  trackAnswerJsGzipKb: number;
  /** Staff-app modules (shell, other features, the router, TanStack) in /track's JS: must be none. */
  adminModulesInTrackRoute: string[];
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The entry only chooses a start: every staff screen loads the app's start and ReactDOM (both
 * imported dynamically by the entry), /track the public page's start and ReactDOM.
 */
const REACT_DOM = 'node_modules/react-dom/client.js';
const TRACK_PAGE_START = 'src/features/tracking/public/start.tsx';
const TRACK_START = [TRACK_PAGE_START, REACT_DOM];
/** What /track loads once the form shows: the answer's view (its catalogue is fetched beside it). */
const TRACK_ANSWER = ['src/features/tracking/public/tracking-answer.tsx'];
/**
 * What /track must not contain. The entry's own boot module (src/app/early-config.ts: the
 * configuration request and the demo backend's loader, shared by both starts) is no staff code.
 */
const ADMIN_MODULE =
  /(^|\/)(src\/app\/(?!early-config\.ts$)|src\/features\/(?!tracking\/public\/)|node_modules\/(@tanstack|react-router)\/)/;

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
  // The staff app's start is its own chunk, or part of a named chunk group (its manifest key is
  // then the group's): either way it is the entry's dynamic import that is neither page's other.
  const staffStartKey = manifest['src/app/start.tsx']
    ? 'src/app/start.tsx'
    : entry.dynamicImports?.find(
        (key) => key !== REACT_DOM && key !== TRACK_PAGE_START && !key.startsWith('src/'),
      );
  if (!staffStartKey)
    throw new Error('the entry does not import the staff app: update bench/bundle.ts');
  const ADMIN_START = [staffStartKey, REACT_DOM];
  for (const key of [...TRACK_START, ...TRACK_ANSWER]) {
    if (!manifest[key]) throw new Error(`the build manifest has no ${key}: update bench/bundle.ts`);
  }
  const staffStart = graph(['index.html', ...ADMIN_START]);
  const track = graph(['index.html', ...TRACK_START]);
  // Every chunk the app itself loads first, on either kind of page.
  const seen = new Set([...staffStart, ...track]);
  const jsOf = (keys: Set<string>) =>
    [...keys].map((key) => manifest[key]?.file ?? '').filter((f) => f.endsWith('.js'));
  for (const key of [...SIGN_IN_ROUTE, ...ORDERS_ROUTE, ...ANALYTICS_ROUTE]) {
    if (!manifest[key]) throw new Error(`the build manifest has no ${key}: update bench/bundle.ts`);
  }
  const signIn = graph(['index.html', ...ADMIN_START, ...SIGN_IN_ROUTE]);
  const orders = graph([
    'index.html',
    ...ADMIN_START,
    ...Object.keys(manifest).filter(isLayout),
    ...ORDERS_ROUTE,
  ]);
  const shell = graph(['index.html', ...ADMIN_START, ...Object.keys(manifest).filter(isLayout)]);
  const analyticsOwn = new Set([...graph(ANALYTICS_ROUTE)].filter((key) => !shell.has(key)));

  const chunks = [...seen]
    .map((key) => manifest[key])
    .filter((c): c is ManifestChunk => Boolean(c));
  const jsFiles = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  const mockModules = [
    ...graph([
      'index.html',
      ...ADMIN_START,
      ...TRACK_START,
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

  const trackJs = jsOf(track);
  const adminInTrack = [
    ...[...track].filter((key) => ADMIN_MODULE.test(key)),
    ...trackJs.flatMap((file) =>
      modulesOf(distDir, file).filter((module) => ADMIN_MODULE.test(module)),
    ),
  ];

  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, f) => total + gzipKb(path.join(distDir, f)), 0);
  const signInKb = round(sum(jsOf(signIn)));
  const ordersKb = round(sum(jsOf(orders)));
  return {
    firstRouteJsGzipKb: Math.max(signInKb, ordersKb),
    // As before the entry became a dispatcher: the entry with the staff app's start.
    entryJsGzipKb: round(sum(jsOf(staffStart))),
    signInRouteJsGzipKb: signInKb,
    ordersRouteJsGzipKb: ordersKb,
    firstRouteCssGzipKb: round(sum(cssFiles)),
    totalAppJsGzipKb: round(sum(allJs.map((f) => `assets/${f}`).filter((f) => !mockFiles.has(f)))),
    mockBackendJsGzipKb: round(sum(mockFiles)),
    firstRouteFiles: jsOf(orders),
    mockModulesInFirstRoute: mockModules,
    analyticsModulesInFirstRoute: [...new Set(analyticsModules)],
    analyticsRouteJsGzipKb: round(sum(jsOf(analyticsOwn))),
    trackRouteJsGzipKb: round(sum(trackJs)),
    trackRouteFiles: trackJs,
    trackAnswerJsGzipKb: round(
      sum(jsOf(new Set([...graph(TRACK_ANSWER)].filter((key) => !track.has(key))))),
    ),
    adminModulesInTrackRoute: [...new Set(adminInTrack)],
  };
}
