import { BulkResult } from './order-commands';
import { Order } from './orders';
import { IdParams, endpoint } from './endpoint';
import {
  AllocationCandidate,
  AllocationQuery,
  AllocationRequest,
  BulkAllocationRequest,
  CarrierRuleSet,
  CarrierRuleSetUpdate,
  DeallocationRequest,
  PickList,
  PickListQuery,
  WaybillBatch,
  WaybillBatchResult,
  WaybillCorrection,
} from './fulfilment';
import { pageOf } from './common';

/** Allocation, carrier rules, pick lists and waybills: the warehouse's operations. */
export const fulfilmentEndpoints = {
  getCarrierRules: endpoint({
    method: 'GET',
    path: '/carrier-rules',
    summary: 'The rules that pick a carrier by destination region and parcel weight',
    tag: 'fulfilment',
    response: CarrierRuleSet,
  }),
  updateCarrierRules: endpoint({
    method: 'PUT',
    path: '/carrier-rules',
    summary: 'Replace the carrier rules (managers and admins)',
    tag: 'fulfilment',
    body: CarrierRuleSetUpdate,
    response: CarrierRuleSet,
    errors: [403, 409, 422],
  }),
  listAllocationCandidates: endpoint({
    method: 'GET',
    path: '/allocation/candidates',
    summary:
      'Approved orders waiting for a location, each with a suggested location and carrier or the reason none can fulfil it',
    tag: 'fulfilment',
    query: AllocationQuery,
    response: pageOf(AllocationCandidate),
    errors: [403, 422],
  }),
  allocateOrder: endpoint({
    method: 'POST',
    path: '/orders/{id}/allocation',
    summary: 'Allocate an approved order to a location and carrier, reserving its stock',
    tag: 'fulfilment',
    params: IdParams,
    body: AllocationRequest,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
  deallocateOrder: endpoint({
    method: 'POST',
    path: '/orders/{id}/deallocation',
    summary: 'Return an allocated order to approved, releasing its stock',
    tag: 'fulfilment',
    params: IdParams,
    body: DeallocationRequest,
    response: Order,
    errors: [403, 404, 409],
  }),
  allocateOrders: endpoint({
    method: 'POST',
    path: '/allocations',
    summary:
      'Allocate many orders; each is reserved atomically and answered on its own. Send an Idempotency-Key: a replay returns the first answer',
    tag: 'fulfilment',
    body: BulkAllocationRequest,
    response: BulkResult,
    errors: [403, 422],
  }),
  getPickList: endpoint({
    method: 'GET',
    path: '/pick-list',
    summary: 'Pick list (by SKU) and packing slips for the allocated orders of a location',
    tag: 'fulfilment',
    query: PickListQuery,
    response: PickList,
    errors: [403, 404, 422],
  }),
  checkWaybills: endpoint({
    method: 'POST',
    path: '/waybills/check',
    summary:
      'Check waybill rows without saving: number format, numbers already used, and the order still waiting to ship from your location',
    tag: 'fulfilment',
    body: WaybillBatch,
    response: WaybillBatchResult,
    errors: [403, 422],
  }),
  shipWaybills: endpoint({
    method: 'POST',
    path: '/waybills/commit',
    summary:
      'Ship every row without an error: creates the shipment, turns the reservation into a deduction. Send an Idempotency-Key: a replay ships nothing twice',
    tag: 'fulfilment',
    body: WaybillBatch,
    response: WaybillBatchResult,
    errors: [403, 422],
  }),
  correctWaybill: endpoint({
    method: 'PUT',
    path: '/orders/{id}/shipment/waybill',
    summary: 'Correct the waybill of a shipped order, with a reason',
    tag: 'fulfilment',
    params: IdParams,
    body: WaybillCorrection,
    response: Order,
    errors: [403, 404, 409, 422],
  }),
};
