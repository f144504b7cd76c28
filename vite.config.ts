import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

const MOCK_ENTRY_NAME = 'mock-backend';

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
      preserveEntrySignatures: 'exports-only',
      output: {
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
