import { CARRIERS, isCarrier, normaliseWaybill, type Carrier } from './carriers';
import { candidateFormats, type WaybillFormat } from './formats';
import type { WaybillCheck, WaybillProblem } from './verdict';

/** How a number fares against one carrier. */
type Fit = 'valid' | 'pattern_only' | 'check_digit' | 'wrong_format';

/** Best first. */
const FIT_RANK: Record<Fit, number> = {
  valid: 0,
  pattern_only: 1,
  check_digit: 2,
  wrong_format: 3,
};

function fitOfFormat(format: WaybillFormat, normalised: string): Fit | null {
  if (!format.verify) return format.pattern.test(normalised) ? 'pattern_only' : null;
  const match = format.pattern.exec(normalised);
  return match ? format.verify(match.groups ?? {}) : null;
}

/** How the number fares against each carrier with a format of its shape. */
function fitsOf(normalised: string): Map<Carrier, Fit> {
  const fits = new Map<Carrier, Fit>();
  for (const { carrier, format } of candidateFormats(normalised)) {
    const current = fits.get(carrier);
    if (current === 'valid') continue;
    const fit = fitOfFormat(format, normalised);
    if (fit && (current === undefined || FIT_RANK[fit] < FIT_RANK[current])) fits.set(carrier, fit);
  }
  return fits;
}

/** How the number fares against one carrier: its best format. */
function fitFor(normalised: string, carrier: Carrier): Fit | null {
  let best: Fit | null = null;
  for (const candidate of candidateFormats(normalised)) {
    if (candidate.carrier !== carrier) continue;
    const fit = fitOfFormat(candidate.format, normalised);
    if (fit === 'valid') return fit;
    if (fit && (best === null || FIT_RANK[fit] < FIT_RANK[best])) best = fit;
  }
  return best;
}

/**
 * Who is named first when two carriers fit equally well: CARRIERS, except that USPS goes before
 * FedEx. A 34-digit number starting 420 (USPS routing ZIP, then an IMpb) can also pass FedEx's
 * 34-digit check; USPS's format is the narrower of the two. An S10 number ending in US fits both
 * EMS and USPS; EMS stays first, as the carrier the chain ships international parcels with.
 */
export const DETECTION_ORDER: readonly Carrier[] = [
  ...CARRIERS.filter((carrier) => carrier !== 'FEDEX'),
  'FEDEX',
];

const DETECTION_RANK: ReadonlyMap<Carrier, number> = new Map(
  DETECTION_ORDER.map((carrier, index) => [carrier, index]),
);

function isBetter(carrier: Carrier, fit: Fit, than: Carrier, thanFit: Fit): boolean {
  if (FIT_RANK[fit] !== FIT_RANK[thanFit]) return FIT_RANK[fit] < FIT_RANK[thanFit];
  return (DETECTION_RANK.get(carrier) ?? 0) < (DETECTION_RANK.get(than) ?? 0);
}

function carriersFitting(fits: ReadonlyMap<Carrier, Fit>, fit: Fit): Carrier[] {
  return DETECTION_ORDER.filter((carrier) => fits.get(carrier) === fit);
}

/**
 * Every carrier whose format fits the normalised number, best first: a passing check digit
 * beats a pattern-only match; ties keep DETECTION_ORDER.
 */
export function detectCarriers(normalised: string): Carrier[] {
  if (typeof normalised !== 'string') return [];
  const fits = fitsOf(normalised);
  return [...carriersFitting(fits, 'valid'), ...carriersFitting(fits, 'pattern_only')];
}

const PROBLEM_OF_FIT: Record<Fit, WaybillProblem[]> = {
  valid: [],
  pattern_only: ['pattern_only'],
  check_digit: ['check_digit'],
  wrong_format: ['wrong_format'],
};

/**
 * Checks one number as typed, scanned or pasted. With a carrier, the number is held to that
 * carrier's formats (the row's carrier wins over guessing, even when the number looks like
 * another carrier's). Without one, the best fitting carrier is taken; a number that only fits a
 * carrier's shape but fails its check digit is that carrier's with check_digit. Never throws.
 */
export function checkWaybillNumber(raw: string, carrier: Carrier | null): WaybillCheck {
  const given = isCarrier(carrier) ? carrier : null;
  const normalised = normaliseWaybill(typeof raw === 'string' ? raw : '');
  if (normalised === '') return { normalised, carrier: given, problems: ['waybill_missing'] };
  if (given) {
    const fit = fitFor(normalised, given) ?? 'wrong_format';
    return { normalised, carrier: given, problems: [...PROBLEM_OF_FIT[fit]] };
  }
  let bestCarrier: Carrier | null = null;
  let bestFit: Fit = 'wrong_format';
  for (const { carrier, format } of candidateFormats(normalised)) {
    const fit = fitOfFormat(format, normalised);
    if (fit && (bestCarrier === null || isBetter(carrier, fit, bestCarrier, bestFit))) {
      bestCarrier = carrier;
      bestFit = fit;
    }
  }
  if (bestCarrier === null) return { normalised, carrier: null, problems: ['unknown_format'] };
  return { normalised, carrier: bestCarrier, problems: [...PROBLEM_OF_FIT[bestFit]] };
}

export interface WaybillRowInput {
  orderNumber: string;
  waybill: string;
  carrier: Carrier | null;
  /** The carrier the order was allocated to, when known: a different one is worth a warning. */
  allocatedCarrier?: Carrier | null;
}

export interface WaybillRowCheck {
  normalised: string;
  carrier: Carrier | null;
  problems: WaybillProblem[];
}

function orderKey(orderNumber: unknown): string {
  return typeof orderNumber === 'string' ? orderNumber.trim().toUpperCase() : '';
}

function countInto(counts: Map<string, number>, key: string): void {
  if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Checks a batch as the browser can: each number, then what only the batch shows. Rows sharing a
 * number or an order are all marked, not just the later ones, since either may be the mistake.
 * Linear in the number of rows. Problems come in the order of WAYBILL_PROBLEMS.
 */
export function checkWaybillRows(rows: readonly WaybillRowInput[]): WaybillRowCheck[] {
  const checks: WaybillCheck[] = [];
  const orderKeys: string[] = [];
  const numberCounts = new Map<string, number>();
  const orderCounts = new Map<string, number>();
  for (const row of rows) {
    const check = checkWaybillNumber(row.waybill, row.carrier);
    const key = orderKey(row.orderNumber);
    checks.push(check);
    orderKeys.push(key);
    countInto(numberCounts, check.normalised);
    countInto(orderCounts, key);
  }
  return checks.map((check, index) => {
    const { problems } = check;
    const allocated = rows[index]?.allocatedCarrier;
    if (check.carrier && isCarrier(allocated) && allocated !== check.carrier) {
      problems.push('carrier_differs');
    }
    if ((numberCounts.get(check.normalised) ?? 0) > 1) problems.push('duplicate_in_batch');
    const key = orderKeys[index] ?? '';
    if ((orderCounts.get(key) ?? 0) > 1) problems.push('order_twice_in_batch');
    if (key === '') problems.push('order_missing');
    return check;
  });
}
