import type { Page } from '@playwright/test';

/**
 * Batch waybill entry measured in the browser: a 10,000-line paste (parse, check, preview) and a
 * scanner typing into the grid at 20 scans a second. The page must be signed in as a warehouse
 * user (warehouse.sh) on the app; paths are opened relative to the page's current origin.
 */

export interface PasteReport {
  lines: number;
  /** Lines for real allocated orders (the rest are made-up order numbers). */
  realOrders: number;
  /** From the paste to the preview's counts on screen: parsing and the browser's checks. */
  previewMs: number;
  /** From the paste until the backend has checked every row. */
  checkedMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Preview rows in the page at the end: the table is windowed, so a few dozen. */
  rowsRendered: number;
}

export interface ScannerReport {
  sent: number;
  /** Sent, but held by no row. */
  lost: number;
  /** Rows holding something that was never sent as one scan (two scans run together, or a part of one). */
  merged: number;
  durationMs: number;
}

const LINES = 10_000;

function originOf(page: Page): string {
  return new URL(page.url()).origin;
}

/** Where the app finds its API, and the signed-in user's token, as the app itself reads them. */
async function apiAccess(page: Page): Promise<{ apiBase: string; token: string; userId: string }> {
  return page.evaluate(async () => {
    const config = (await fetch('/config.json').then((r) => r.json())) as { apiBaseUrl?: string };
    const stored = JSON.parse(localStorage.getItem('order-desk.session') ?? '{}') as {
      state?: { session?: { token: string; user: { id: string } } };
    };
    const session = stored.state?.session;
    if (!session) throw new Error('the page is not signed in');
    return {
      apiBase: new URL(config.apiBaseUrl ?? '/api', location.origin).toString().replace(/\/$/, ''),
      token: session.token,
      userId: session.user.id,
    };
  });
}

/** A number in the carrier's format that the seed never hands out (the serial runs after 8s). */
function benchWaybill(carrier: string | null, serial: number): string {
  const tail = String(serial).padStart(8, '0');
  switch (carrier) {
    case 'JD':
      return `JDX8888${tail}`;
    case 'ZTO':
      return `788888${tail}`;
    case 'YTO':
      return `YT88888${tail}`;
    case 'STO':
      return `778888${tail}`;
    case 'YUNDA':
      return `3888888${tail}`;
    case 'EMS':
      return `988888${tail.slice(1)}${tail.slice(0, 1)}`;
    case 'JT':
      return `JT88888${tail}`;
    case 'DEPPON':
      return `DPK8888${tail}`;
    default:
      return `SF88888${tail}`;
  }
}

/** Asked from inside the page, so a mock backend in a service worker answers too. */
async function allocatedOrders(page: Page, limit: number) {
  const access = await apiAccess(page);
  return page.evaluate(
    async ({ apiBase, token, wanted }) => {
      const orders: { number: string; carrier: string | null }[] = [];
      for (let pageNo = 1; orders.length < wanted && pageNo <= 10; pageNo += 1) {
        const response = await fetch(
          `${apiBase}/orders?status=allocated&pageSize=1000&page=${pageNo}`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        if (!response.ok) break;
        const body = (await response.json()) as {
          items: { number: string; carrier: string | null }[];
        };
        orders.push(...body.items);
        if (body.items.length < 1000) break;
      }
      return orders.slice(0, wanted);
    },
    { apiBase: access.apiBase, token: access.token, wanted: limit },
  );
}

/**
 * Forgets drafts left by an earlier run, so the page starts empty after the next reload. The app
 * writes a draft's pending changes as the page is left, so they are forgotten then too.
 */
async function clearDrafts(page: Page, prefix: string): Promise<void> {
  await page.evaluate((keyPrefix) => {
    const forget = () => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(keyPrefix)) localStorage.removeItem(key);
      }
    };
    forget();
    // Added after the app's own listeners, so it runs after their last write.
    window.addEventListener('pagehide', forget);
  }, prefix);
}

export async function benchWaybillPaste(
  page: Page,
  lines = LINES,
  /** Runs just before the paste, e.g. to start a profiler. */
  beforePaste?: () => Promise<void>,
): Promise<PasteReport> {
  const origin = originOf(page);
  await page.goto(`${origin}/shipping/waybills?mode=import`);
  // The panel shows the paste area, or the preview of a draft left by an earlier run.
  await page
    .locator('textarea, dl[data-state]')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
  // Once the page shows, the app's backend (a mock in a service worker, too) answers the page's requests.
  const orders = await allocatedOrders(page, lines);
  const text = Array.from({ length: lines }, (_, i) => {
    const order = orders[i];
    if (order) return `${order.number}\t${benchWaybill(order.carrier, i)}`;
    return `SO2099${String(i).padStart(9, '0')}\t${benchWaybill('SF', i)}`;
  }).join('\n');

  await clearDrafts(page, 'order-desk.waybill-import');
  await page.reload();
  await page.locator('textarea').waitFor({ state: 'visible', timeout: 30_000 });
  await beforePaste?.();

  const timing = await page.evaluate(async (pasted) => {
    const area = document.querySelector('textarea');
    if (!area) throw new Error('no paste area');
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    // A paste as Ctrl+V delivers it: a paste event carrying the clipboard's text.
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', pasted);
    area.focus();
    const start = performance.now();
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
    const counts = () => document.querySelector('dl[data-state]');
    const until = (done: () => boolean) =>
      new Promise<number>((resolve, reject) => {
        const check = () => {
          if (done()) resolve(performance.now() - start);
          else if (performance.now() - start > 180_000) reject(new Error('the preview never came'));
          else requestAnimationFrame(check);
        };
        check();
      });
    const previewMs = await until(() => counts() !== null);
    const checkedMs = await until(() => counts()?.getAttribute('data-state') === 'checked');
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return {
      previewMs: Math.round(previewMs),
      checkedMs: Math.round(checkedMs),
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.filter((duration) => duration > 50).length,
      rowsRendered: document.querySelectorAll('table tbody tr').length,
    };
  }, text);
  return { lines, realOrders: Math.min(orders.length, lines), ...timing };
}

const SCANS = 600;
const SCANS_PER_SECOND = 20;
const KEY_DELAY_MS = 2;

/**
 * A scanner on the grid: each number typed a character every ~2 ms, then Enter, 20 a second.
 * What the rows hold is read from the saved draft (the grid is windowed, so not every row is in
 * the page at the end) and compared with what was sent.
 */
export async function benchScanner(page: Page, scans = SCANS): Promise<ScannerReport> {
  const origin = originOf(page);
  const { userId } = await apiAccess(page);
  const draftKey = `order-desk.waybill-draft.${userId}`;
  await page.goto(`${origin}/shipping/waybills?mode=grid`);
  await clearDrafts(page, draftKey);
  await page.reload();
  const inputs = page.getByRole('textbox', { name: /运单号$/ });
  await inputs.first().waitFor({ state: 'visible', timeout: 30_000 });
  const rowCount = await page.evaluate(async () => {
    // The grid lists every allocated order; its row count is in the table's aria-rowcount or rows.
    const table = document.querySelector('table');
    const declared = Number(table?.getAttribute('aria-rowcount') ?? 0);
    return declared > 1 ? declared - 1 : document.querySelectorAll('table tbody tr').length;
  });
  const count = Math.min(scans, Math.max(rowCount, 1));
  const sent = Array.from({ length: count }, (_, i) => `SF8${String(700_000_000_000 + i)}`);

  await inputs.first().click();
  // Playwright's keyboard waits for each key's round trip (tens of ms); a scanner does not. Key
  // events go straight to the browser (DevTools protocol) without waiting, a scan every 50 ms.
  const cdp = await page.context().newCDPSession(page);
  const key = (type: 'keyDown' | 'keyUp' | 'char', init: Record<string, unknown>) =>
    cdp.send('Input.dispatchKeyEvent', { type, ...init });
  const sentKeys: Promise<unknown>[] = [];
  const pressEnter = () => {
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' };
    sentKeys.push(key('keyDown', enter), key('keyUp', enter));
  };
  const interval = 1000 / SCANS_PER_SECOND;
  const start = Date.now();
  for (let i = 0; i < sent.length; i += 1) {
    const due = start + i * interval;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    for (const character of sent[i] ?? '') {
      sentKeys.push(key('keyDown', { key: character, text: character }));
      sentKeys.push(key('keyUp', { key: character }));
      if (KEY_DELAY_MS > 0) await new Promise((resolve) => setTimeout(resolve, KEY_DELAY_MS));
    }
    pressEnter();
  }
  await Promise.all(sentKeys);
  const durationMs = Date.now() - start;
  // The draft is written a moment after the last change.
  await page.waitForTimeout(1500);

  const held = await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      state?: { entries?: Record<string, { waybill: string }> };
    };
    const fromDraft = Object.values(stored.state?.entries ?? {}).map((entry) => entry.waybill);
    if (fromDraft.length > 0) return fromDraft;
    return [
      ...document.querySelectorAll<HTMLInputElement>(
        'table input[type="text"], table input:not([type])',
      ),
    ]
      .map((input) => input.value)
      .filter((value) => value !== '');
  }, draftKey);

  const sentSet = new Set(sent);
  const heldSet = new Set(held.map((value) => value.trim()).filter((value) => value !== ''));
  return {
    sent: sent.length,
    lost: sent.filter((value) => !heldSet.has(value)).length,
    merged: [...heldSet].filter((value) => !sentSet.has(value)).length,
    durationMs,
  };
}
