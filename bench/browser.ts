import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: CHROMIUM_ARGS });
}

/** A fresh context (cold cache) already signed in with the given session. */
export async function signedInPage(browser: Browser, session: unknown): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  // tsx compiles bench code with esbuild's keepNames, so functions passed to page.evaluate call a
  // __name helper that exists only in Node; the page gets a no-op one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript((value) => {
    localStorage.setItem(
      'order-desk.session',
      JSON.stringify({ state: { session: value }, version: 1 }),
    );
  }, session);
  return context.newPage();
}

/** Milliseconds since the navigation started (performance.now() counts from the time origin). */
export function sinceNavigation(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function jsHeapMb(page: Page): Promise<number> {
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  const { metrics } = await client.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 1024 / 1024) * 10) / 10;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value);
}
