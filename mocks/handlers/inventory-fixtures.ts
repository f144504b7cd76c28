import { expect } from 'vitest';
import { StockAlert, StockLevel, type AlertSummary } from '@/api/contract';
import type { MockDb } from '../db/database';
import type { Caller } from './order-fixtures';

/** Helpers of the inventory tests: stock figures to arrange, alerts and levels to read. */

/** Sets a level's available (on hand over what is reserved) and, if given, its reorder point. */
export function setLevel(
  db: MockDb,
  productId: string,
  locationId: string,
  figures: { available: number; reorderPoint?: number },
): StockLevel {
  const level = db.changeStock(productId, locationId, (before) => ({
    onHand: before.reserved + figures.available,
    ...(figures.reorderPoint === undefined ? {} : { reorderPoint: figures.reorderPoint }),
  }));
  if (!level) throw new Error(`${productId} is not stocked at ${locationId}`);
  expect(level.available).toBe(figures.available);
  return level;
}

export async function alertsOf(call: Caller, query = ''): Promise<StockAlert[]> {
  const response = await call(`/alerts?pageSize=500${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { items: unknown[] };
  return body.items.map((item) => StockAlert.parse(item));
}

/** The alert of one SKU and location in the caller's list, if they see it. */
export async function alertOf(
  call: Caller,
  productId: string,
  locationId: string,
  query = '&state=open,acknowledged,snoozed,cleared',
): Promise<StockAlert | undefined> {
  const alerts = await alertsOf(call, `&locationId=${locationId}${query}`);
  const live = alerts.filter((a) => a.productId === productId && a.state !== 'cleared');
  return live[0] ?? alerts.find((a) => a.productId === productId);
}

export async function summaryOf(call: Caller): Promise<AlertSummary> {
  const response = await call('/alerts/summary');
  expect(response.status).toBe(200);
  return (await response.json()) as AlertSummary;
}

export async function levelOf(response: Response): Promise<StockLevel> {
  expect(response.status, await response.clone().text()).toBe(200);
  return StockLevel.parse(await response.json());
}

export async function stockPage(
  call: Caller,
  query: string,
): Promise<{ items: StockLevel[]; total: number }> {
  const response = await call(`/stock?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { items: unknown[]; total: number };
  return { items: body.items.map((item) => StockLevel.parse(item)), total: body.total };
}
