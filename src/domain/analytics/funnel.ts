import type { OrderStatus } from '../order/status';

/** The steps every order goes through, in order; each later step implies the earlier ones. */
export const FUNNEL_STAGES = ['placed', 'paid', 'approved', 'shipped', 'delivered'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const STAGE_OF_STATUS: Partial<Record<OrderStatus, FunnelStage>> = {
  approved: 'approved',
  allocated: 'approved',
  shipped: 'shipped',
  delivered: 'delivered',
  completed: 'delivered',
};

/**
 * How far an order got. A cancelled order keeps only what its payment tells (whether it was
 * reviewed is not kept once cancelled), so it counts as paid or placed.
 */
export function furthestStage(status: OrderStatus, paid: boolean): FunnelStage {
  return STAGE_OF_STATUS[status] ?? (paid ? 'paid' : 'placed');
}

export function stageIndex(stage: FunnelStage): number {
  return FUNNEL_STAGES.indexOf(stage);
}

/** Whether an order that got as far as `furthest` passed through `stage`. */
export function reachedStage(furthest: FunnelStage, stage: FunnelStage): boolean {
  return stageIndex(furthest) >= stageIndex(stage);
}
