import { FORMATS } from './formats';

/** Domestic carriers first, then the international ones with check digits (new ones go last: mock columns store the index). */
export const CARRIERS = [
  'SF',
  'JD',
  'ZTO',
  'YTO',
  'STO',
  'YUNDA',
  'EMS',
  'JT',
  'DEPPON',
  'UPS',
  'DHL',
  'FEDEX',
  'USPS',
] as const;
export type Carrier = (typeof CARRIERS)[number];

function patternsOf(carrier: Carrier): readonly RegExp[] {
  return FORMATS[carrier].map((format) => format.pattern);
}

/**
 * Every format a carrier's numbers take, check digit or not: the domestic ones of DOMAIN.md; the
 * international ones (EMS's UPU S10, UPS, DHL Express, FedEx, USPS) as the public tracking-number
 * specs accept them. check.ts also proves their check digits.
 */
export const CARRIER_PATTERNS: Record<Carrier, readonly RegExp[]> = {
  SF: patternsOf('SF'),
  JD: patternsOf('JD'),
  ZTO: patternsOf('ZTO'),
  YTO: patternsOf('YTO'),
  STO: patternsOf('STO'),
  YUNDA: patternsOf('YUNDA'),
  EMS: patternsOf('EMS'),
  JT: patternsOf('JT'),
  DEPPON: patternsOf('DEPPON'),
  UPS: patternsOf('UPS'),
  DHL: patternsOf('DHL'),
  FEDEX: patternsOf('FEDEX'),
  USPS: patternsOf('USPS'),
};

const CARRIER_SET: ReadonlySet<string> = new Set(CARRIERS);

export function isCarrier(value: unknown): value is Carrier {
  return typeof value === 'string' && CARRIER_SET.has(value);
}

/** Whether any of the carrier's numbers can be proven by a check digit. */
export function hasCheckDigit(carrier: Carrier): boolean {
  return FORMATS[carrier].some((format) => format.verify);
}

/** Typical door-to-door days, used for ETAs and to seed believable transit times. */
export const TYPICAL_TRANSIT_DAYS: Record<Carrier, { sameRegion: number; crossRegion: number }> = {
  SF: { sameRegion: 1, crossRegion: 2 },
  JD: { sameRegion: 1, crossRegion: 2 },
  ZTO: { sameRegion: 2, crossRegion: 4 },
  YTO: { sameRegion: 2, crossRegion: 4 },
  STO: { sameRegion: 2, crossRegion: 4 },
  YUNDA: { sameRegion: 2, crossRegion: 4 },
  EMS: { sameRegion: 2, crossRegion: 5 },
  JT: { sameRegion: 2, crossRegion: 4 },
  DEPPON: { sameRegion: 2, crossRegion: 3 },
  UPS: { sameRegion: 3, crossRegion: 5 },
  DHL: { sameRegion: 2, crossRegion: 4 },
  FEDEX: { sameRegion: 3, crossRegion: 5 },
  USPS: { sameRegion: 5, crossRegion: 8 },
};

const ALREADY_NORMAL = /^[0-9A-Z]*$/;
const PRINTABLE_ASCII = /^[ -~]*$/;
/** Hyphens and dashes a Chinese IME or a spreadsheet may put in place of "-". */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\u30FC\uFE58\uFE63\uFF0D\uFF70]/g;
/** Control characters (a scanner's GS separator, a pasted tab) and invisible marks that carry nothing. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/**
 * JD and Deppon print a package's index and count after the number: JDX000123456789-1-2-. The
 * number before it is long, so dashes grouping a number's digits (JDX-0001-2345-6789) stay digits.
 */
const PACKAGE_SUFFIX = /^((?:JD[A-Z]|DPK)[0-9A-Z]{10,})(?:-\d{1,4}){1,2}-?$/;

/**
 * Folds full-width characters from a Chinese IME (and other compatibility forms) to ASCII,
 * upper-cases, drops whitespace and invisible characters, removes JD/Deppon package suffixes such
 * as "-1-2-", then drops the remaining dashes.
 */
export function normaliseWaybill(raw: string): string {
  if (typeof raw !== 'string') return '';
  // What a scanner types is usually clean already, and what a person types is usually ASCII.
  if (ALREADY_NORMAL.test(raw)) return raw;
  const compact = PRINTABLE_ASCII.test(raw)
    ? raw.replaceAll(' ', '').toUpperCase()
    : raw
        .normalize('NFKC')
        .replace(DASHES, '-')
        .replace(INVISIBLE, '')
        .replace(/\s+/g, '')
        .toUpperCase();
  if (!compact.includes('-')) return compact;
  const hasPackages = compact.startsWith('JD') || compact.startsWith('DPK');
  return (hasPackages ? compact.replace(PACKAGE_SUFFIX, '$1') : compact).replaceAll('-', '');
}

export function matchesCarrierFormat(carrier: Carrier, normalised: string): boolean {
  return CARRIER_PATTERNS[carrier].some((pattern) => pattern.test(normalised));
}

/** UPU S10 check digit of the eight serial digits. */
export { s10CheckDigit } from './checksums';
