import {
  ORDER_SORTS,
  PaymentStatus,
  type OrderFilterQuery,
  type OrderListQuery,
} from '@/api/contract/orders';
import type { OrderCountsQuery } from '@/api/query-keys';
import { FUNNEL_STAGES, type FunnelStage } from '@/domain/analytics/funnel';
import { fenFromYuan } from '@/domain/money';
import { SHIP_LATENCY_BUCKETS, type ShipLatencyBucket } from '@/domain/analytics/ship-latency';
import { STATUS_TABS, type StatusTab } from '@/domain/order/status';
import { REGIONS, type Region } from '@/domain/region';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { dateInTimeZone } from '@/lib/format';
import { pagingParams, searchTextParam, toListParams } from '@/lib/url-list-state';
import { DATE_PRESETS, type DatePreset, presetRange } from './date-presets';

export type OrderSort = (typeof ORDER_SORTS)[number];
export type PaymentStatusValue = (typeof PaymentStatus.options)[number];
export const PAYMENT_STATUSES = PaymentStatus.options;
export type ExceptionFilter = '' | 'yes' | 'no';
export type TagMode = 'any' | 'all';

/** The order list's state as it lives in the URL: a bookmark or a shared link restores the same view. */
export interface OrderListState {
  status: StatusTab;
  q: string;
  storeId: string;
  region: Region | '';
  /** A named period ("last 7 days"); while set it decides the dates, so a bookmark stays relative to today. */
  range: DatePreset | '';
  from: string;
  to: string;
  payment: readonly PaymentStatusValue[];
  tags: readonly string[];
  tagMode: TagMode;
  exception: ExceptionFilter;
  /** Yuan as typed, e.g. "99.5"; the wire takes fen. */
  minTotal: string;
  maxTotal: string;
  /** The store's province, e.g. "浙江省" (a drill-down from analytics). */
  province: string;
  /** The order's main category: the category of its largest line, as analytics count it. */
  category: string;
  /** Orders that got at least this far. */
  reached: FunnelStage | '';
  /** Shipped orders whose payment-to-shipment time falls in this bucket. */
  shipLatency: ShipLatencyBucket | '';
  carrier: Carrier | '';
  sort: OrderSort;
  page: number;
  pageSize: number;
  /** The order open in the side panel. */
  panel: string;
}

export const DEFAULT_ORDER_LIST: OrderListState = {
  status: 'all',
  q: '',
  storeId: '',
  region: '',
  range: '',
  from: '',
  to: '',
  payment: [],
  tags: [],
  tagMode: 'any',
  exception: '',
  minTotal: '',
  maxTotal: '',
  province: '',
  category: '',
  reached: '',
  shipLatency: '',
  carrier: '',
  sort: '-placedAt',
  page: 1,
  pageSize: 50,
  panel: '',
};

/** The fields that decide which orders match: changing one starts a new view (pin, selection). */
export const FILTER_FIELDS = [
  'status',
  'q',
  'storeId',
  'region',
  'range',
  'from',
  'to',
  'payment',
  'tags',
  'tagMode',
  'exception',
  'minTotal',
  'maxTotal',
  'province',
  'category',
  'reached',
  'shipLatency',
  'carrier',
] as const satisfies readonly (keyof OrderListState)[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YUAN = /^\d{1,9}(\.\d{1,2})?$/;
const ID = /^[\w-]{1,64}$/;
/** A place or category name: up to 40 characters, no control characters and no comma (the wire splits lists at commas). */
const NAME = /^[^\p{Cc},]{1,40}$/u;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

function listOf<T extends string>(value: string | null, accept: (item: string) => item is T): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((item) => item.trim()))].filter(accept);
}

const isPaymentStatus = (value: string): value is PaymentStatusValue =>
  (PAYMENT_STATUSES as readonly string[]).includes(value);
const isId = (value: string): value is string => ID.test(value);

export function orderSortOf(value: string | null | undefined): OrderSort {
  return oneOf(ORDER_SORTS, value ?? null, DEFAULT_ORDER_LIST.sort);
}

/** A typed amount in yuan, or '' when it is not one. */
export function yuanParam(value: string | null | undefined): string {
  const trimmed = (value ?? '').trim();
  return YUAN.test(trimmed) ? trimmed : '';
}

/** A province or category name as the URL gives it, trimmed, or '' when it cannot be one. */
export function nameParam(value: string | null | undefined): string {
  const trimmed = (value ?? '').trim();
  return NAME.test(trimmed) ? trimmed : '';
}

export function yuanToFen(yuan: string): number | undefined {
  return fenFromYuan(yuan) ?? undefined;
}

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function parseOrderListParams(params: URLSearchParams): OrderListState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const storeId = params.get('storeId') ?? '';
  const panel = params.get('panel') ?? '';
  return {
    status: oneOf(STATUS_TABS, params.get('status'), DEFAULT_ORDER_LIST.status),
    q: searchTextParam(params.get('q')),
    storeId: isId(storeId) ? storeId : '',
    region: oneOf<Region | ''>(REGIONS, params.get('region'), ''),
    range: oneOf<DatePreset | ''>(DATE_PRESETS, params.get('range'), ''),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    payment: listOf(params.get('payment'), isPaymentStatus),
    tags: listOf(params.get('tags'), isId),
    tagMode: oneOf<TagMode>(['any', 'all'], params.get('tagMode'), 'any'),
    exception: oneOf<ExceptionFilter>(['yes', 'no'], params.get('exception'), ''),
    minTotal: yuanParam(params.get('minTotal')),
    maxTotal: yuanParam(params.get('maxTotal')),
    province: nameParam(params.get('province')),
    category: nameParam(params.get('category')),
    reached: oneOf<FunnelStage | ''>(FUNNEL_STAGES, params.get('reached'), ''),
    shipLatency: oneOf<ShipLatencyBucket | ''>(SHIP_LATENCY_BUCKETS, params.get('shipLatency'), ''),
    carrier: oneOf<Carrier | ''>(CARRIERS, params.get('carrier'), ''),
    sort: oneOf(ORDER_SORTS, params.get('sort'), DEFAULT_ORDER_LIST.sort),
    ...pagingParams(params, DEFAULT_ORDER_LIST),
    panel: isId(panel) ? panel : '',
  };
}

export function toOrderListParams(state: OrderListState): URLSearchParams {
  const params = toListParams(state, DEFAULT_ORDER_LIST);
  // A preset decides the dates; writing them too would make the link stop following "today".
  if (state.range) {
    params.delete('from');
    params.delete('to');
  }
  // "all" tags is only meaningful with tags to match.
  if (state.tags.length === 0) params.delete('tagMode');
  return params;
}

/** The days the list covers: the preset's, counted in the time zone from the moment given, or the typed ones. */
export function dateRangeOf(
  state: Pick<OrderListState, 'range' | 'from' | 'to'>,
  timeZone: string,
  now: Date,
): { from: string; to: string } {
  if (!state.range) return { from: state.from, to: state.to };
  return presetRange(state.range, dateInTimeZone(now, timeZone));
}

/** How many filters besides the status tab are set (the chips and the "more filters" badge count them). */
export function activeFilterCount(state: OrderListState): number {
  return FILTER_FIELDS.filter((field) => {
    if (field === 'status' || field === 'tagMode' || field === 'to') return false;
    if (field === 'from') return state.from !== '' || state.to !== '';
    const value = state[field];
    return Array.isArray(value) ? value.length > 0 : value !== '';
  }).length;
}

/** Identifies "the same orders": the selection and the pin belong to one filter. */
export function filterKeyOf(state: OrderListState): string {
  return JSON.stringify(FILTER_FIELDS.map((field) => state[field]));
}

export interface ViewContext {
  /** The deployment's (store) time zone: date presets count days in it. */
  timeZone: string;
  /** The moment the view was loaded (ISO): the list shows orders placed up to it. */
  pin: string;
}

/** The backend filter of the list, without the status tab. */
export function filterQueryOf(state: OrderListState, view: ViewContext): OrderFilterQuery {
  const { from, to } = dateRangeOf(state, view.timeZone, new Date(view.pin));
  return {
    q: state.q || undefined,
    storeId: state.storeId ? [state.storeId] : undefined,
    region: state.region ? [state.region] : undefined,
    from: from || undefined,
    to: to || undefined,
    paymentStatus: state.payment.length > 0 ? [...state.payment] : undefined,
    tags: state.tags.length > 0 ? [...state.tags] : undefined,
    tagMode: state.tags.length > 0 ? state.tagMode : undefined,
    hasException: state.exception === '' ? undefined : state.exception === 'yes',
    minTotal: yuanToFen(state.minTotal),
    maxTotal: yuanToFen(state.maxTotal),
    province: state.province ? [state.province] : undefined,
    category: state.category ? [state.category] : undefined,
    reached: state.reached || undefined,
    shipLatency: state.shipLatency || undefined,
    carrier: state.carrier ? [state.carrier] : undefined,
    placedUpTo: view.pin,
  };
}

export function countsQueryOf(state: OrderListState, view: ViewContext): OrderCountsQuery {
  return filterQueryOf(state, view);
}

/** Counts of what arrived after the pin, for the "N new orders" banner. */
export function newOrdersQueryOf(state: OrderListState, view: ViewContext): OrderCountsQuery {
  return { ...filterQueryOf(state, view), placedUpTo: undefined, placedAfter: view.pin };
}

export function listQueryOf(state: OrderListState, view: ViewContext): OrderListQuery {
  return {
    ...filterQueryOf(state, view),
    status: state.status,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export { DATE_PRESETS, type DatePreset, presetRange };
