import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const DEMO_USERS = ['store.sh', 'warehouse.sh', 'manager.east', 'admin'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** Signs in through the form, as a person would, and waits for the shell. */
export async function signIn(page: Page, username: DemoUser, path = '/'): Promise<void> {
  await page.goto(path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
}

/** Calls the API from inside the page, so in mock mode the service worker answers like the real backend would. */
export async function apiFromPage(
  page: Page,
  path: string,
  init: {
    method?: string;
    token?: string | null;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; contentType: string; body: unknown }> {
  return page.evaluate(
    async ({ path, init }) => {
      const stored = localStorage.getItem('order-desk.session');
      const token =
        init.token === undefined
          ? ((JSON.parse(stored ?? 'null') as { state?: { session?: { token?: string } } } | null)
              ?.state?.session?.token ?? null)
          : init.token;
      const response = await fetch(`/api${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          ...init.headers,
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: text ? (JSON.parse(text) as unknown) : null,
      };
    },
    { path, init },
  );
}

/** Goes to a screen through the sidebar, as a person would: no page load, the app keeps its state. */
export async function openFromSidebar(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Carriers a number can be made up for: the domestic ones the carrier rules and the seed use. */
const WAYBILL_SHAPES: Record<string, (serial: string) => string> = {
  SF: (serial) => `SF1${serial}`,
  JD: (serial) => `JDX${serial}`,
  ZTO: (serial) => `73${serial}`,
  YTO: (serial) => `YT1${serial}`,
  STO: (serial) => `77${serial}`,
  YUNDA: (serial) => `310${serial}`,
  EMS: (serial) => `1${serial}`,
  JT: (serial) => `JT1${serial}`,
  DEPPON: (serial) => `DPK${serial}`,
};

let serials = 0;

/**
 * A waybill number in the carrier's format (DOMAIN.md), never used before: twelve digits from the
 * clock and a running count, so one run never repeats a number and runs do not meet the seed's.
 */
export function newWaybill(carrier: string): string {
  const shape = WAYBILL_SHAPES[carrier];
  if (!shape) throw new Error(`no waybill format to make up for carrier ${carrier}`);
  serials += 1;
  const clock = String(Date.now() % 100_000_000).padStart(8, '0');
  return shape(`${clock}${String(serials % 10_000).padStart(4, '0')}`);
}

/**
 * Like apiFromPage, but at the API the app is configured for (config.json's apiBaseUrl): the build
 * pointed at the Node mock server calls it over HTTP on another origin, not under /api.
 */
export async function apiFromApp(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ path, init }) => {
      const config = (await (await fetch('/config.json')).json()) as { apiBaseUrl?: string };
      const stored = localStorage.getItem('order-desk.session');
      const token =
        (JSON.parse(stored ?? 'null') as { state?: { session?: { token?: string } } } | null)?.state
          ?.session?.token ?? null;
      const response = await fetch(`${config.apiBaseUrl ?? '/api'}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { path, init },
  );
}

/** The body rows of a table, each as its cells' text, as a person reads them off the screen. */
export async function tableRowTexts(table: Locator): Promise<string[][]> {
  const rows = table.getByRole('row').filter({ has: table.page().getByRole('cell') });
  return Promise.all(
    (await rows.all()).map(async (row) =>
      (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim()),
    ),
  );
}

/** A table's column headers, in order. */
export async function tableHeaderTexts(table: Locator): Promise<string[]> {
  return (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
}

/** A downloaded file's bytes, once the browser has finished saving it. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Whether the file opens with the UTF-8 byte order mark (what makes Excel read Chinese as UTF-8). */
export function startsWithUtf8Bom(bytes: Buffer): boolean {
  return bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
}

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF line ends) as rows of cells; a BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
