import type { Backend } from '@/api/backend';
import type { OrderListQuery, OrderSummary } from '@/api/contract/orders';
import { ApiError, NetworkError } from '@/api/errors';
import type { TFunction } from '@/i18n';
import { toCsv } from '@/lib/csv';

/** The most the contract allows per page. */
export const EXPORT_PAGE_SIZE = 1000;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 800;

export interface ExportOrdersOptions {
  backend: Pick<Backend, 'listOrders' | 'listTags'>;
  /** The list's query; its page and page size are ignored, its filter, tab and sort are kept. */
  query: OrderListQuery;
  /** Translates the headers and the values (status, payment, carrier) in the user's language. */
  t: TFunction;
  pageSize?: number;
  signal?: AbortSignal;
  /** After each page: orders fetched so far, and the total the backend reports for the filter. */
  onProgress?: (done: number, total: number) => void;
  /** When the export starts; also the instant the filter is pinned to. */
  now?: Date;
  /** Tries per page before the export fails (the first try included). */
  attempts?: number;
  retryDelayMs?: number;
}

/** Time in the store's zone as a spreadsheet reads it: 2026-11-22 14:03:05. */
function spreadsheetTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** Fen as yuan with two decimals, in integer arithmetic so no cent is lost to floating point. */
export function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** orders-YYYYMMDD-HHmm.csv, in the given time zone. */
export function exportFileName(at: Date, timeZone: string): string {
  const [date = '', time = ''] = spreadsheetTime(at.toISOString(), timeZone).split(' ');
  return `orders-${date.replace(/-/g, '')}-${time.slice(0, 5).replace(':', '')}.csv`;
}

function headerRow(t: TFunction): string[] {
  return [
    t('export:columns.number'),
    t('export:columns.placedAt'),
    t('export:columns.store'),
    t('export:columns.customer'),
    t('export:columns.phone'),
    t('export:columns.items'),
    t('export:columns.quantity'),
    t('export:columns.total'),
    t('export:columns.status'),
    t('export:columns.paymentStatus'),
    t('export:columns.tags'),
    t('export:columns.carrier'),
    t('export:columns.waybill'),
  ];
}

function orderRow(
  order: OrderSummary,
  t: TFunction,
  tagNames: ReadonlyMap<string, string>,
): string[] {
  const more = order.lineCount - 1;
  return [
    order.number,
    spreadsheetTime(order.placedAt, order.timeZone),
    order.storeName,
    order.customerName,
    order.customerPhone,
    more > 0
      ? t('export:itemsMore', {
          name: order.firstItemName,
          count: more,
          kinds: order.lineCount,
        })
      : order.firstItemName,
    String(order.quantity),
    yuanOf(order.total.amount),
    t(`orders:status.${order.status}`),
    t(`orders:paymentStatus.${order.paymentStatus}`),
    order.tagIds
      .map((id) => tagNames.get(id))
      .filter((name): name is string => name !== undefined)
      .join(t('export:tagSeparator')),
    order.carrier ? t(`orders:carrier.${order.carrier}`) : '',
    order.waybill ?? '',
  ];
}

/** Worth another try: the network or the server, not a request the server refused. */
function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 429);
}

/** One kind of error for a cancelled export, whichever layer (fetch, timer, loop) noticed it. */
function cancelled(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(cancelled());
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function withRetries<T>(
  run: () => Promise<T>,
  attempts: number,
  delayMs: number,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      if (attempt >= attempts || !isTransient(error)) throw error;
      await wait(delayMs * attempt, signal);
    }
  }
}

/**
 * Every order matching the list's filter, as CSV text, fetched page by page. The filter is pinned
 * to the orders placed up to the start (or to the list's own pin), so orders arriving meanwhile do
 * not shift rows between pages; an order that still moves (say, between two pages of a status
 * sort) is written once. Aborting the signal rejects with an AbortError and fetches nothing more.
 */
export async function exportOrders({
  backend,
  query,
  t,
  pageSize = EXPORT_PAGE_SIZE,
  signal,
  onProgress,
  now = new Date(),
  attempts = DEFAULT_ATTEMPTS,
  retryDelayMs = DEFAULT_RETRY_DELAY_MS,
}: ExportOrdersOptions): Promise<string> {
  const pinned: OrderListQuery = {
    ...query,
    placedUpTo: query.placedUpTo ?? now.toISOString(),
    pageSize,
  };
  const retrying = <T>(run: () => Promise<T>) => withRetries(run, attempts, retryDelayMs, signal);

  const tags = await retrying(() => backend.listTags({}, { signal }));
  const tagNames = new Map(tags.items.map((tag) => [tag.id, tag.name]));

  const rows: string[][] = [headerRow(t)];
  const seen = new Set<string>();
  for (let page = 1; ; page += 1) {
    if (signal?.aborted) throw cancelled();
    const result = await retrying(() =>
      backend.listOrders({ query: { ...pinned, page } }, { signal }),
    );
    for (const order of result.items) {
      if (seen.has(order.id)) continue;
      seen.add(order.id);
      rows.push(orderRow(order, t, tagNames));
    }
    onProgress?.(Math.min(seen.size, result.total), result.total);
    if (result.items.length < pageSize || page * pageSize >= result.total) break;
  }
  if (signal?.aborted) throw cancelled();
  return toCsv(rows);
}
