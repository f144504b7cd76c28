import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/chromium';

const MOCK_PORT = 4173;
const REST_APP_PORT = 4174;
const MOCK_API_PORT = 8787;
/** Journeys on the Node mock server: one backend for every browser, as people share a real one. */
const SHARED_BACKEND_SPECS = /(rest-backend|inventory-journey)\.spec\.ts/;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Journeys sign in, seed the demo backend in the page and walk several screens: a busy CI machine needs the room.
  timeout: 120_000,
  // Every full page load restarts the demo backend, which seeds its data again: allow for a busy machine.
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: chromiumExecutable, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'mock',
      testIgnore: SHARED_BACKEND_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        baseURL: `http://127.0.0.1:${MOCK_PORT}`,
      },
    },
    {
      name: 'rest',
      testMatch: SHARED_BACKEND_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        baseURL: `http://127.0.0.1:${REST_APP_PORT}`,
      },
    },
  ],
  webServer: [
    {
      // The production build (npm run e2e builds it first) with the embedded mock backend.
      command: `npx vite preview --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      url: `http://127.0.0.1:${MOCK_PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx tsx mocks/server.ts --port ${MOCK_API_PORT} --orders 20000`,
      url: `http://127.0.0.1:${MOCK_API_PORT}/api/demo-accounts`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build pointed at the Node mock server through config.json alone: no rebuild.
      command: `npx tsx scripts/serve-dist.ts --port ${REST_APP_PORT} --backend rest --api http://127.0.0.1:${MOCK_API_PORT}/api`,
      url: `http://127.0.0.1:${REST_APP_PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      // Journeys sign in, seed the demo backend in the page and walk several screens: a busy CI machine needs the room.
      timeout: 120_000,
    },
  ],
});
