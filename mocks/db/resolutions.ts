import type { output } from 'zod/v4/core';
import type { ShipmentResolutionRequest } from '@/api/contract';
import { channelsFor } from '@/domain/notification/templates';
import {
  canResolveWith,
  couponProblem,
  maxCoupon,
  paymentStatusAfterRefund,
  refundProblem,
  refundableAmount,
  type ResolutionAction,
} from '@/domain/shipment/resolution';
import { HttpProblem, forbidden, notFound } from '../handlers/problem';
import type { DemoUser } from '../seed/reference';
import type { MockDb } from './database';
import { paidOf, queueEntryOf, refundedOf, type QueueEntry } from './exception-queue';
import { composeNotification } from './notifications';
import { appendEvent, audit, change, checkVersion, type Acting } from './order-commands';
import { sendReplacement } from './reship';
import type { OrderRow, ResolutionRow } from './types';

/**
 * Dealing with a parcel from the exceptions queue: contact the customer, send a replacement,
 * refund, compensate with a coupon, or mark it resolved. Each is refused as a real server would
 * (role 403, stale version 409, nothing to deal with 409, bad input 422), then recorded on the
 * parcel (its resolution, which takes it out of the queue), on the order's timeline and in the
 * audit trail, as one change of the order (version + 1). Scope is the caller's check (orderFor).
 */
export type ResolutionRequest = output<typeof ShipmentResolutionRequest>;

/** Who deals with the parcel (a warehouse user's locations matter for a reship), and when. */
export interface Resolver extends Acting {
  user: DemoUser;
}

const words = (action: ResolutionAction) =>
  ({
    contact: 'contact the customer about',
    reship: 'reship',
    refund: 'refund',
    coupon: 'compensate with a coupon for',
    resolve: 'resolve',
  })[action];

const invalid = (field: string, code: string, message: string) =>
  new HttpProblem(422, 'validation', message, [{ field, code, message }]);

const actorOf = (acting: Acting) => ({ id: acting.user.id, name: acting.user.name });

/** The timeline event (and audit action) each way of dealing with a parcel records. */
const EVENT_OF = {
  contact: 'customer_notified',
  reship: 'reshipped',
  refund: 'refunded',
  coupon: 'compensated',
  resolve: 'exception_resolved',
} as const satisfies Record<ResolutionAction, string>;

/** The parcel if it is the order's, 404 otherwise; 409 when it is not in the queue now. */
function parcelInQueue(db: MockDb, row: OrderRow, shipmentId: string, at: number): QueueEntry {
  const replaced = row.previousShipments?.some((s) => s.id === shipmentId) ?? false;
  if (row.shipment?.id !== shipmentId && !replaced)
    throw notFound(`Parcel ${shipmentId} of order ${row.number}`);
  const entry = replaced ? null : queueEntryOf(db, row, at);
  if (!entry)
    throw new HttpProblem(
      409,
      'wrong_state',
      `Parcel ${shipmentId} of order ${row.number} needs nothing now: it was dealt with, replaced or delivered`,
    );
  return entry;
}

/** A coupon code customers can type: CP and ten digits, the same for the same order and count. */
export function couponCodeFor(orderId: string, count: number): string {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (const char of `${orderId}|${count}`) {
    high = Math.imul(high ^ char.charCodeAt(0), 0x01000193) >>> 0;
    low = Math.imul(low ^ char.charCodeAt(0), 0x85ebca6b) >>> 0;
  }
  const digits = `${String(high % 100_000).padStart(5, '0')}${String(low % 100_000).padStart(5, '0')}`;
  return `CP${digits}`;
}

/** Deals with one parcel of the order as `request` says; answers the changed order. */
export function resolveShipment(
  db: MockDb,
  acting: Resolver,
  row: OrderRow,
  shipmentId: string,
  request: ResolutionRequest,
  origin: string,
): OrderRow {
  const { action } = request;
  if (!canResolveWith(acting.user.role, action))
    throw forbidden(`Your role may not ${words(action)} a parcel`);
  checkVersion(row, request.version);
  const entry = parcelInQueue(db, row, shipmentId, acting.at);
  const note = request.action === 'refund' ? request.reason : request.note;
  const resolution: ResolutionRow = {
    action,
    at: acting.at,
    by: actorOf(acting),
    note,
    kinds: entry.kinds,
  };
  const resolved = { ...entry.shipment, resolution };
  const auditDetail: Record<string, string | number> = { shipmentId, kinds: entry.kinds.join(',') };

  let edit: (draft: OrderRow) => void;
  switch (request.action) {
    case 'contact': {
      const customer = db.customerOf(row);
      if (!channelsFor(customer).includes(request.channel))
        throw invalid('channel', 'no_email', 'The customer gave no e-mail address; send an SMS');
      const message = composeNotification(
        db,
        row,
        entry.shipment,
        request.template,
        request.channel,
        { at: acting.at, trigger: 'staff', by: actorOf(acting), origin },
      );
      Object.assign(auditDetail, { template: request.template, channel: request.channel });
      edit = (draft) => {
        draft.shipment = resolved;
        draft.notifications = [...(draft.notifications ?? []), message];
        appendEvent(draft, acting, 'customer_notified', {
          kind: request.template,
          channel: request.channel,
          note,
        });
      };
      break;
    }
    case 'reship': {
      const replacement = sendReplacement(db, acting, row, entry, request);
      Object.assign(auditDetail, {
        carrier: replacement.carrier,
        waybill: replacement.waybill,
        locationId: replacement.locationId,
      });
      edit = (draft) => {
        draft.previousShipments = [...(draft.previousShipments ?? []), resolved];
        draft.shipment = replacement;
        draft.carrier = replacement.carrier;
        appendEvent(draft, acting, 'reshipped', {
          carrier: replacement.carrier,
          waybill: replacement.waybill,
          replaces: resolved.id,
          note,
        });
      };
      break;
    }
    case 'refund': {
      const paid = paidOf(row);
      const refunded = refundedOf(row);
      const problem = refundProblem(request.amount, paid, refunded);
      if (problem)
        throw invalid(
          'amount',
          problem,
          `At most ${refundableAmount(paid, refunded)} fen can be refunded on order ${row.number}`,
        );
      const refunds = row.refunds ?? [];
      Object.assign(auditDetail, { amount: request.amount });
      edit = (draft) => {
        draft.shipment = resolved;
        draft.refunds = [
          ...refunds,
          {
            id: `${row.id}-rf${refunds.length + 1}`,
            amount: request.amount,
            reason: note,
            at: acting.at,
            by: actorOf(acting),
            shipmentId,
          },
        ];
        draft.paymentStatus = paymentStatusAfterRefund(paid, refunded + request.amount);
        appendEvent(draft, acting, 'refunded', { amount: request.amount, reason: note });
      };
      break;
    }
    case 'coupon': {
      const problem = couponProblem(request.amount, row.total);
      if (problem)
        throw invalid(
          'amount',
          problem,
          `A coupon for order ${row.number} is at most ${maxCoupon(row.total)} fen`,
        );
      const compensations = row.compensations ?? [];
      const couponCode = couponCodeFor(row.id, compensations.length + 1);
      Object.assign(auditDetail, { amount: request.amount, couponCode });
      edit = (draft) => {
        draft.shipment = resolved;
        draft.compensations = [
          ...compensations,
          {
            id: `${row.id}-cp${compensations.length + 1}`,
            amount: request.amount,
            couponCode,
            note,
            at: acting.at,
            by: actorOf(acting),
            shipmentId,
          },
        ];
        appendEvent(draft, acting, 'compensated', { amount: request.amount, couponCode, note });
      };
      break;
    }
    case 'resolve':
      edit = (draft) => {
        draft.shipment = resolved;
        appendEvent(draft, acting, 'exception_resolved', { note, kinds: entry.kinds.join(',') });
      };
      break;
  }
  const updated = change(db, acting, row, edit);
  audit(db, acting, row, EVENT_OF[action], auditDetail);
  return updated;
}
