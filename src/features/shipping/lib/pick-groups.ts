import type { PackingSlip, PickList } from '@/api/contract/fulfilment';

export type PickSku = PickList['skus'][number];

export interface PickGroup {
  category: string;
  skus: PickSku[];
  quantity: number;
}

/** SKUs by category, in the order the list gives (category, then SKU), with each category's total. */
export function groupByCategory(skus: readonly PickSku[]): PickGroup[] {
  const groups: PickGroup[] = [];
  for (const sku of skus) {
    let group = groups.find((candidate) => candidate.category === sku.category);
    if (!group) {
      group = { category: sku.category, skus: [], quantity: 0 };
      groups.push(group);
    }
    group.skus.push(sku);
    group.quantity += sku.quantity;
  }
  return groups;
}

export function totalQuantity(items: readonly { quantity: number }[]): number {
  return items.reduce((sum, item) => sum + item.quantity, 0);
}

/** Units per SKU over the packing slips: what the pick list's totals must add up to. */
export function slipQuantitiesBySku(slips: readonly PackingSlip[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const slip of slips)
    for (const line of slip.lines)
      totals.set(line.sku, (totals.get(line.sku) ?? 0) + line.quantity);
  return totals;
}
