import { readFileSync, readdirSync } from 'node:fs';
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
  firstRouteJsGzipKb: number;
  firstRouteCssGzipKb: number;
  totalAppJsGzipKb: number;
  mockBackendJsGzipKb: number;
  firstRouteFiles: string[];
  /** Modules of mocks/ reachable by static imports from the app entry: must be none. */
  mockModulesInFirstRoute: string[];
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const round = (value: number) => Math.round(value * 10) / 10;

/** What the browser downloads before the first route renders: the entry and its static imports, never the lazy chunks. */
export function measureBundle(distDir: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest['index.html'];
  if (!entry) throw new Error('the build manifest has no index.html entry');

  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit('index.html');

  const chunks = [...seen].map((key) => manifest[key]).filter((c): c is ManifestChunk => Boolean(c));
  const jsFiles = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  const mockModules = [...seen].filter((key) => key.startsWith('mocks/') || key.includes('/mocks/'));

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

  const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gzipKb(path.join(distDir, f)), 0);
  return {
    firstRouteJsGzipKb: round(sum(jsFiles)),
    firstRouteCssGzipKb: round(sum(cssFiles)),
    totalAppJsGzipKb: round(sum(allJs.map((f) => `assets/${f}`).filter((f) => !mockFiles.has(f)))),
    mockBackendJsGzipKb: round(sum(mockFiles)),
    firstRouteFiles: jsFiles,
    mockModulesInFirstRoute: mockModules,
  };
}
