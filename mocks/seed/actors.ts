import type { ActorRow } from '../db/types';

/** Customer-service staff who review orders, besides the demo users. */
const REVIEWERS: readonly ActorRow[] = [
  { id: 'u-store-sh', name: '张敏' },
  { id: 'u-cs-01', name: '刘洋' },
  { id: 'u-cs-02', name: '赵丽' },
  { id: 'u-cs-03', name: '周婷' },
  { id: 'u-cs-04', name: '吴俊' },
  { id: 'u-cs-05', name: '郑欣怡' },
];

const WAREHOUSE_STAFF: Readonly<Record<string, ActorRow>> = {
  'loc-wh-sh': { id: 'u-warehouse-sh', name: '李强' },
  'loc-wh-gz': { id: 'u-wh-gz', name: '黄磊' },
  'loc-wh-bj': { id: 'u-wh-bj', name: '孙杰' },
  'loc-st-hz01': { id: 'u-st-hz01', name: '徐佳' },
  'loc-st-sz02': { id: 'u-st-sz02', name: '林浩' },
};

/** The reviewer of an order: store staff for the first store, the shared service desk otherwise. */
export function reviewerFor(storeIndex: number, orderSeed: number): ActorRow {
  const pool = storeIndex === 0 ? REVIEWERS.slice(0, 2) : REVIEWERS.slice(1);
  return pool[orderSeed % pool.length] as ActorRow;
}

export function warehouseActorFor(locationId: string): ActorRow {
  return WAREHOUSE_STAFF[locationId] ?? { id: 'u-warehouse', name: '仓库' };
}

/** About four in ten orders pass review automatically (no risk, paid online). */
export function isAutoApproved(orderSeed: number): boolean {
  return (orderSeed >>> 8) % 10 < 4;
}
