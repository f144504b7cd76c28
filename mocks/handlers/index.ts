import type { HttpHandler } from 'msw';
import { adminHandlers } from './admin';
import { alertHandlers } from './alerts';
import { allocationHandlers } from './allocation';
import { analyticsHandlers } from './analytics';
import { authHandlers } from './auth';
import { bulkHandlers } from './bulk';
import { carrierRuleHandlers } from './carrier-rules';
import type { MockContext } from './context';
import { orderCommandHandlers } from './order-commands';
import { notificationHandlers } from './notifications';
import { arrivalsHandler, orderHandlers } from './orders';
import { publicTrackingHandlers } from './public-tracking';
import { referenceHandlers } from './reference';
import { stockHandlers } from './stock';
import { trackingHandlers } from './tracking';
import { waybillHandlers } from './waybills';

export { basePattern, type MockContext } from './context';
export { issueSession } from './auth';

/** One MSW handler per endpoint of the contract, under `base` (an MSW pattern such as "*\/api"). */
export function createHandlers(ctx: MockContext, base = '*/api'): HttpHandler[] {
  return [
    arrivalsHandler(base, ctx),
    ...authHandlers(base, ctx),
    ...referenceHandlers(base, ctx),
    ...stockHandlers(base, ctx),
    ...alertHandlers(base, ctx),
    ...orderHandlers(base, ctx),
    ...bulkHandlers(base, ctx),
    ...orderCommandHandlers(base, ctx),
    ...allocationHandlers(base, ctx),
    ...carrierRuleHandlers(base, ctx),
    ...waybillHandlers(base, ctx),
    ...analyticsHandlers(base, ctx),
    ...adminHandlers(base, ctx),
    ...notificationHandlers(base, ctx),
    ...publicTrackingHandlers(base, ctx),
    ...trackingHandlers(base, ctx),
  ];
}
