import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

const MOCK_ENTRY_NAME = 'mock-backend';

const sourcePath = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const ENTRY = sourcePath('./src/main.tsx');
const STAFF_START = sourcePath('./src/app/start.tsx');
const TRACK_START = sourcePath('./src/features/tracking/public/start.tsx');

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The modules a root imports statically, directly or through others, memoised per root. */
function staticallyReachable(root: string, graph: ModuleGraph, memo: Map<string, Set<string>>) {
  let found = memo.get(root);
  if (found) return found;
  found = new Set<string>();
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  memo.set(root, found);
  return found;
}

const reachableMemo = new Map<string, Set<string>>();

/**
 * The staff app's start and what only it imports go into one chunk. The entry loads it
 * dynamically (so /track never downloads it), and left to itself the bundler splits it into
 * a score of small chunks shared with nothing, which compress worse and cost the staff app's
 * first route about 8 KB gzip.
 */
function staffStartChunk(id: string, graph: ModuleGraph): string | null {
  const staff = staticallyReachable(STAFF_START, graph, reachableMemo);
  if (!staff.has(id)) return null;
  if (staticallyReachable(TRACK_START, graph, reachableMemo).has(id)) return null;
  if (staticallyReachable(ENTRY, graph, reachableMemo).has(id)) return null;
  return 'app-start';
}

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // The demo backend's data worker is a module worker (it shares chunks with the mock entry).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The bench reads this to tell the first route's chunks from the lazy ones.
    manifest: true,
    rolldownOptions: {
      // The mock backend is its own entry at a fixed URL: src/main.tsx loads it by URL only when
      // config.json asks for the mock, so no mock code is reachable from the app's import graph.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [MOCK_ENTRY_NAME]: fileURLToPath(new URL('./mocks/browser.ts', import.meta.url)),
      },
      // Grouping chunks (below) needs entries that may gain exports; the mock entry keeps `start`.
      preserveEntrySignatures: 'allow-extension',
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: staffStartChunk }],
        },
        entryFileNames: (chunk) =>
          chunk.name === MOCK_ENTRY_NAME
            ? `assets/${MOCK_ENTRY_NAME}.js`
            : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    // The first test of a component file also waits for the mock backend to seed; on a busy
    // two-core CI machine that alone has taken over 15 s.
    testTimeout: 30_000,
    // Pure code runs in Node; only component tests pay for a DOM.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/api/**/*.test.ts',
            'src/lib/**/*.test.ts',
            'mocks/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/{app,features,components,i18n,testing}/**/*.test.ts'],
          setupFiles: ['./src/testing/setup.ts'],
          css: false,
        },
      },
    ],
  },
});
