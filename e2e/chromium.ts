import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (CI installs it with apt-get); otherwise Playwright's own. */
export const chromiumExecutable: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless, sandbox-free and quiet: this machine reaches no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
