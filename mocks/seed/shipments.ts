import {
  DEFAULT_STALE_HOURS,
  attentionOf,
  attentionStart,
  estimatedDelivery,
  type AttentionKind,
} from '@/domain/shipment/attention';
import type { Carrier } from '@/domain/waybill/carriers';
import type { OrderRow, ResolutionRow, ShipmentRow } from '../db/types';
import { DAY, HOUR } from '../db/time';
import { reviewerFor } from './actors';
import type { CITIES } from './geography';
import { drawJourneyPlan, journeySeed, scheduleOf, stateAt, type ParcelState } from './journey';
import { createRng } from './prng';
import type { Rng } from './prng';
import { LOCATIONS } from './reference';
import { makeWaybill } from './waybills';

const LOCATION_BY_ID = new Map(LOCATIONS.map((l) => [l.id, l]));
/** Attention older than this at seeding was dealt with by then; fresher attention is still open. */
const DEALT_WITH_AFTER = 7 * DAY;
const RESOLUTION_SALT = 0x2e50;

const RESOLUTION_NOTES: Record<AttentionKind, readonly string[]> = {
  exception: ['已联系快递公司核实，按客户意愿处理', '已与客户沟通，客户同意退款处理'],
  failed: ['已联系客户约定再次派送', '客户改约次日派送'],
  delayed: ['已致电客户说明延误，客户同意等待', '已向客户致歉并说明预计送达时间'],
  stale: ['已催促快递公司更新物流信息', '快递公司确认快件在途，已告知客户'],
};

/**
 * A parcel shipped at `shippedAt`: its journey is planned in full (journey.ts) and the row holds
 * where it stands at `now`. Attention that began more than a week before `now` was dealt with by
 * the store's reviewer by then, so the exceptions queue starts with what is fresh.
 */
export function makeShipment(
  rng: Rng,
  row: OrderRow,
  locationId: string,
  carrier: Carrier,
  destinationRegion: (typeof CITIES)[number]['region'],
  shippedAt: number,
  now: number,
  serial: number,
): ShipmentRow {
  const origin = LOCATION_BY_ID.get(locationId);
  const sameRegion = origin?.region === destinationRegion;
  const eta = estimatedDelivery(shippedAt, carrier, sameRegion);
  const id = `sh-${row.id.slice(1)}`;
  const plan = drawJourneyPlan(journeySeed(row.seed, id), carrier);
  const schedule = scheduleOf(plan, { carrier, shippedAt, eta });
  const state = stateAt(schedule, plan, shippedAt, now);
  const last = schedule[schedule.length - 1];
  return {
    id,
    locationId,
    carrier,
    waybill: makeWaybill(carrier, serial, rng),
    shippedAt,
    arrivesAt: last?.at ?? eta,
    eta,
    deliveredAt: state.deliveredAt,
    tracking: state.tracking,
    delayDays: plan.delayDays,
    failedAttempt: plan.failedAttempt,
    exception: state.exception,
    plan,
    resolution: seededResolution(row, carrier, eta, state, now),
  };
}

/** The reviewer's note on attention that began more than a week before seeding; null when none. */
function seededResolution(
  row: OrderRow,
  carrier: Carrier,
  eta: number,
  state: ParcelState,
  now: number,
): ResolutionRow | null {
  const staleHours = DEFAULT_STALE_HOURS[carrier];
  const parcel = {
    tracking: state.tracking,
    lastEventAt: state.lastEventAt,
    eta,
    exceptionSince: state.exception?.since ?? null,
  };
  const kinds = attentionOf(parcel, now, staleHours);
  if (kinds.length === 0) return null;
  const starts = kinds.map((kind) => attentionStart(parcel, kind, staleHours));
  if (Math.min(...starts) >= now - DEALT_WITH_AFTER) return null;
  const rng = createRng((row.seed ^ RESOLUTION_SALT) >>> 0);
  // Dealt with a few hours to two days after the last reason began, and before now.
  const at = Math.min(Math.max(...starts) + rng.int(2, 48) * HOUR, now - rng.int(1, 6) * HOUR);
  const dealt = kinds.filter((_, i) => (starts[i] as number) < at);
  const first = dealt[0];
  if (first === undefined) return null;
  return {
    action: 'resolve',
    at,
    by: reviewerFor(row.storeIndex, row.seed),
    note: rng.pick(RESOLUTION_NOTES[first]),
    kinds: dealt,
  };
}
