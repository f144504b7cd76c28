export const CARRIERS = ['SF', 'JD', 'ZTO', 'YTO', 'STO', 'YUNDA', 'EMS', 'JT', 'DEPPON'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** Domestic formats from DOMAIN.md. Only EMS international (UPU S10) carries a check digit. */
export const CARRIER_PATTERNS: Record<Carrier, readonly RegExp[]> = {
  SF: [/^SF\d{13}$/, /^\d{12}$/],
  JD: [/^JD[XK]\d{12}$/, /^JDV[A-Z]\d{11}$/],
  ZTO: [/^7[3-68]\d{12}$/],
  YTO: [/^YT\d{13}$/],
  STO: [/^(77|43)\d{12,15}$/],
  YUNDA: [/^[34]\d{14}$/, /^5\d{12}$/],
  EMS: [/^[198]\d{12}$/, /^P[A-Z]\d{11}$/, /^[A-Z]{2}\d{9}[A-Z]{2}$/],
  JT: [/^JT\d{13}$/],
  DEPPON: [/^DPK\d{12}$/],
};

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
};

const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Trims, folds full-width characters from a Chinese IME to ASCII, upper-cases and drops
 * spaces and dashes, after removing JD/Deppon package suffixes such as "-1-2-".
 */
export function normaliseWaybill(raw: string): string {
  const halfWidth = raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ');
  const trimmed = halfWidth.trim().toUpperCase();
  const withoutSuffix = trimmed.replace(/^((?:JD[XKV]|DPK)[0-9A-Z]+)-\d+-\d+-?$/, '$1');
  return withoutSuffix.replace(/[\s-]/g, '');
}

export function matchesCarrierFormat(carrier: Carrier, normalised: string): boolean {
  return CARRIER_PATTERNS[carrier].some((pattern) => pattern.test(normalised));
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 check digit of the eight serial digits. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError('S10 serial must be eight digits');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(serial[i]) * (S10_WEIGHTS[i] ?? 0);
  const r = sum % 11;
  if (r === 0) return 5;
  if (r === 1) return 0;
  return 11 - r;
}
