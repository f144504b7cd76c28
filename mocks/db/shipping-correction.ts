import type { WaybillCorrection } from '@/api/contract';
import { checkWaybillNumber } from '@/domain/waybill/check';
import { correctionReasonProblem, waybillCorrectionRefusal } from '@/domain/waybill/correction';
import { severityOf } from '@/domain/waybill/verdict';
import { HttpProblem, forbidden } from '../handlers/problem';
import type { MockDb } from './database';
import { appendEvent, audit, change, checkVersion, words } from './order-commands';
import type { Shipper } from './shipping';
import { transitDays } from './shipping';
import { DAY } from './time';
import type { OrderRow } from './types';

const REASON_MESSAGES = {
  reason_missing: 'Say why the waybill is corrected',
  reason_too_long: 'The reason is too long',
} as const;

/**
 * Replaces the waybill (and carrier) of a shipped order: the old and the new number, the carrier,
 * the reason and who did it go into the timeline and the audit trail; search by waybill finds
 * the order under the new number only (the index follows the row).
 */
export function correctWaybill(
  db: MockDb,
  shipper: Shipper,
  row: OrderRow,
  correction: WaybillCorrection,
): OrderRow {
  const { user } = shipper;
  checkVersion(row, correction.version);
  const shipment = row.shipment;
  const refusal = waybillCorrectionRefusal(user, {
    status: row.status,
    shippedFrom: shipment?.locationId ?? null,
  });
  if (refusal === 'wrong_state' || !shipment)
    throw new HttpProblem(
      409,
      'wrong_state',
      `Order ${row.number} is ${words(row.status)}; only the waybill of a shipped order on its way can be corrected`,
    );
  if (refusal === 'forbidden')
    throw forbidden(
      'Only the warehouse that shipped the parcel, or an admin, may correct its waybill',
    );

  const reasonProblem = correctionReasonProblem(correction.reason);
  if (reasonProblem)
    throw new HttpProblem(422, 'validation', REASON_MESSAGES[reasonProblem], [
      { field: 'reason', code: reasonProblem, message: REASON_MESSAGES[reasonProblem] },
    ]);
  const { carrier } = correction;
  const check = checkWaybillNumber(correction.waybill, carrier);
  const errors = check.problems.filter((problem) => severityOf(problem) === 'error');
  if (errors.length > 0)
    throw new HttpProblem(
      422,
      'validation',
      `${check.normalised || 'The number'} is not a valid ${carrier} waybill`,
      errors.map((code) => ({ field: 'waybill', code, message: code.replace(/_/g, ' ') })),
    );
  const waybill = check.normalised;
  if (waybill === shipment.waybill && carrier === shipment.carrier)
    throw new HttpProblem(422, 'validation', 'The waybill and carrier are unchanged', [
      { field: 'waybill', code: 'unchanged', message: 'the same number and carrier' },
    ]);
  const usedBy = db.positionByWaybill.get(waybill);
  if (usedBy !== undefined && db.orders[usedBy]?.id !== row.id)
    throw new HttpProblem(409, 'duplicate', `Waybill ${waybill} is already on another order`);

  const reason = correction.reason.trim();
  const previous = { carrier: shipment.carrier, waybill: shipment.waybill };
  const eta =
    carrier === shipment.carrier
      ? shipment.eta
      : shipment.shippedAt + transitDays(db, row, shipment.locationId, carrier) * DAY;
  const updated = change(db, shipper, row, (draft) => {
    draft.shipment = { ...shipment, carrier, waybill, eta };
    draft.carrier = carrier;
    appendEvent(draft, shipper, 'waybill_corrected', {
      carrier,
      waybill,
      previousCarrier: previous.carrier,
      previousWaybill: previous.waybill,
      reason,
    });
  });
  audit(db, shipper, row, 'waybill_corrected', {
    carrier,
    waybill,
    previousCarrier: previous.carrier,
    previousWaybill: previous.waybill,
    reason,
  });
  return updated;
}
