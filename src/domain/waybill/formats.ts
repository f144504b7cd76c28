import type { Carrier } from './carriers';
import { DHL_FORMATS, FEDEX_FORMATS, S10, UPS_FORMATS, USPS_FORMATS } from './spec-formats';

/** What a format with a check digit says about a number its pattern matched. */
export type FormatVerdict = 'valid' | 'check_digit' | 'wrong_format';

export type Verify = (groups: Readonly<Record<string, string | undefined>>) => FormatVerdict;

/** One shape a carrier's numbers take, with its check digit where the carrier has one. */
export interface WaybillFormat {
  /** The definition's id in the public specs, or the carrier's own name for a domestic format. */
  id: string;
  /** Runs on normalised numbers: anchored, upper-case, no spaces or dashes. */
  pattern: RegExp;
  /**
   * Every length the pattern can match, and every character it can start with. A number of
   * another length or start is never tried against it: that keeps 10,000 rows fast.
   */
  lengths: readonly number[];
  starts: string;
  /** Absent where the carrier publishes no check digit. */
  verify?: Verify;
}

const DIGITS = '0123456789';

function domestic(
  id: string,
  pattern: RegExp,
  lengths: readonly number[],
  starts: string,
): WaybillFormat {
  return { id, pattern, lengths, starts };
}

/**
 * Every format of every carrier: the domestic ones of DOMAIN.md (pattern only), then those with
 * check digits (spec-formats.ts).
 */
export const FORMATS: Record<Carrier, readonly WaybillFormat[]> = {
  SF: [domestic('sf', /^SF\d{13}$/, [15], 'S'), domestic('sf_12', /^\d{12}$/, [12], DIGITS)],
  JD: [
    domestic('jd', /^JD[XK]\d{12}$/, [15], 'J'),
    domestic('jd_v', /^JDV[A-Z]\d{11}$/, [15], 'J'),
  ],
  ZTO: [domestic('zto', /^7[3-68]\d{12}$/, [14], '7')],
  YTO: [domestic('yto', /^YT\d{13}$/, [15], 'Y')],
  STO: [domestic('sto', /^(77|43)\d{12,15}$/, [14, 15, 16, 17], '74')],
  YUNDA: [
    domestic('yunda_15', /^[34]\d{14}$/, [15], '34'),
    domestic('yunda_13', /^5\d{12}$/, [13], '5'),
  ],
  EMS: [
    domestic('ems_13', /^[198]\d{12}$/, [13], '198'),
    domestic('ems_p', /^P[A-Z]\d{11}$/, [13], 'P'),
    S10,
  ],
  JT: [domestic('jt', /^JT\d{13}$/, [15], 'J')],
  DEPPON: [domestic('deppon', /^DPK\d{12}$/, [15], 'D')],
  UPS: UPS_FORMATS,
  DHL: DHL_FORMATS,
  FEDEX: FEDEX_FORMATS,
  USPS: USPS_FORMATS,
};

export interface CarrierFormat {
  carrier: Carrier;
  format: WaybillFormat;
}

/** Formats by length, then by first character. */
const BY_SHAPE: Map<string, CarrierFormat[]>[] = [];
for (const [carrier, formats] of Object.entries(FORMATS) as [Carrier, readonly WaybillFormat[]][]) {
  for (const format of formats) {
    for (const length of format.lengths) {
      const byStart = (BY_SHAPE[length] ??= new Map());
      for (const start of format.starts) {
        const list = byStart.get(start) ?? [];
        list.push({ carrier, format });
        byStart.set(start, list);
      }
    }
  }
}

/** The formats a normalised number could match, judged by its length and first character. */
export function candidateFormats(normalised: string): readonly CarrierFormat[] {
  return BY_SHAPE[normalised.length]?.get(normalised.charAt(0)) ?? [];
}
