import type { Backend } from '@/api/backend';
import type { ReplenishmentLine, ReplenishmentQuery } from '@/api/contract/inventory';
import type { TFunction } from '@/i18n';
import { toCsv } from '@/lib/csv';
import { dateInTimeZone } from '@/lib/format';
import { lineKey } from './replenishment-line';

/** The most the contract allows per page. */
export const EXPORT_PAGE_SIZE = 1000;

/** A line as it goes into the file: the quantity to order, and whether a person set it. */
export interface ExportLine {
  line: ReplenishmentLine;
  orderQuantity: number;
  reviewed: boolean;
}

/** Spreadsheet numbers: no grouping separators, a dot for decimals, whatever the user's language. */
const plain = (value: number) => String(value);

function headerRow(t: TFunction): string[] {
  return [
    t('replenishment:csv.sku'),
    t('replenishment:csv.product'),
    t('replenishment:csv.category'),
    t('replenishment:csv.location'),
    t('replenishment:csv.available'),
    t('replenishment:csv.reorderPoint'),
    t('replenishment:csv.velocity'),
    t('replenishment:csv.daysOfCover'),
    t('replenishment:csv.targetCoverDays'),
    t('replenishment:csv.suggestedQuantity'),
    t('replenishment:csv.orderQuantity'),
    t('replenishment:csv.reviewed'),
    t('replenishment:csv.transferFrom'),
    t('replenishment:csv.transferQuantity'),
    t('replenishment:csv.transferFromAvailable'),
    t('replenishment:csv.transferFromDaysOfCover'),
  ];
}

function lineRow({ line, orderQuantity, reviewed }: ExportLine, t: TFunction): string[] {
  const cover = (days: number | null) => (days === null ? t('replenishment:noSales') : plain(days));
  const { transfer } = line;
  return [
    line.sku,
    line.productName,
    line.category,
    line.locationName,
    plain(line.available),
    plain(line.reorderPoint),
    plain(line.velocity),
    cover(line.daysOfCover),
    plain(line.targetCoverDays),
    plain(line.suggestedQuantity),
    plain(orderQuantity),
    reviewed ? t('replenishment:csv.yes') : '',
    transfer?.fromLocationName ?? '',
    transfer ? plain(transfer.quantity) : '',
    transfer ? plain(transfer.fromAvailable) : '',
    transfer ? cover(transfer.fromDaysOfCover) : '',
  ];
}

/**
 * The lines as CSV text with translated headers; every cell is neutralised by toCsv (product
 * names and categories are typed by people). The byte order mark is added by csvBlob.
 */
export function replenishmentCsv(lines: readonly ExportLine[], t: TFunction): string {
  return toCsv([headerRow(t), ...lines.map((line) => lineRow(line, t))]);
}

/** replenishment-2026-11-22.csv (reviewed-only: replenishment-reviewed-…), dated in the store's zone. */
export function replenishmentFileName(at: Date, timeZone: string, reviewedOnly: boolean): string {
  const date = dateInTimeZone(at, timeZone);
  return reviewedOnly ? `replenishment-reviewed-${date}.csv` : `replenishment-${date}.csv`;
}

function cancelled(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

export interface FetchAllOptions {
  backend: Pick<Backend, 'listReplenishment'>;
  /** The list's filter; page and page size are the export's own. */
  filter: Omit<ReplenishmentQuery, 'page' | 'pageSize'>;
  pageSize?: number;
  signal?: AbortSignal;
  /** After each page: lines fetched so far, and the total the backend reports. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every line matching the filter, page by page. A line that moves between pages while the export
 * runs (its cover changed) is kept once. Aborting rejects with an AbortError.
 */
export async function fetchAllReplenishment({
  backend,
  filter,
  pageSize = EXPORT_PAGE_SIZE,
  signal,
  onProgress,
}: FetchAllOptions): Promise<ReplenishmentLine[]> {
  const lines = new Map<string, ReplenishmentLine>();
  for (let page = 1; ; page += 1) {
    if (signal?.aborted) throw cancelled();
    const result = await backend.listReplenishment(
      { query: { ...filter, page, pageSize } },
      { signal },
    );
    for (const line of result.items) {
      const key = lineKey(line);
      if (!lines.has(key)) lines.set(key, line);
    }
    onProgress?.(Math.min(lines.size, result.total), result.total);
    if (result.items.length < pageSize || page * pageSize >= result.total) break;
  }
  if (signal?.aborted) throw cancelled();
  return [...lines.values()];
}
