import { s10CheckDigit, type Carrier } from '@/domain/waybill/carriers';
import type { Rng } from './prng';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * A waybill number valid for the carrier's format. `serial` is unique per parcel and forms the
 * tail of every number, so two parcels never share one.
 */
export function makeWaybill(carrier: Carrier, serial: number, rng: Rng): string {
  const tail8 = String(serial % 100_000_000).padStart(8, '0');
  switch (carrier) {
    case 'SF':
      return `SF1${rng.digits(4)}${tail8}`;
    case 'JD':
      return rng.chance(0.85)
        ? `JD${rng.pick(['X', 'K'])}${rng.digits(4)}${tail8}`
        : `JDV${rng.pick(LETTERS)}${rng.digits(3)}${tail8}`;
    case 'ZTO':
      return `7${rng.pick(['3', '5', '6', '8'])}${rng.digits(4)}${tail8}`;
    case 'YTO':
      return `YT${rng.digits(5)}${tail8}`;
    case 'STO':
      return `${rng.pick(['77', '43'])}${rng.digits(5)}${tail8}`;
    case 'YUNDA':
      return rng.chance(0.7)
        ? `${rng.pick(['3', '4'])}${rng.digits(6)}${tail8}`
        : `5${rng.digits(4)}${tail8}`;
    case 'EMS':
      if (rng.chance(0.3)) {
        // UPU S10, as used by EMS for cross-border parcels: letters, serial, check digit, CN.
        return `E${rng.pick(LETTERS)}${tail8}${s10CheckDigit(tail8)}CN`;
      }
      return `${rng.pick(['1', '9'])}${rng.digits(4)}${tail8}`;
    case 'JT':
      return `JT${rng.digits(5)}${tail8}`;
    case 'DEPPON':
      return `DPK${rng.digits(4)}${tail8}`;
    case 'UPS':
    case 'DHL':
    case 'FEDEX':
    case 'USPS':
      // The chain ships domestically; international carriers only appear when entered by hand.
      throw new RangeError(`the seed does not ship with ${carrier}`);
  }
}
