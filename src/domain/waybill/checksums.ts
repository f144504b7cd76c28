/**
 * The check digit algorithms the carriers' public tracking-number specs use. Each takes the
 * sequence the spec names (its SerialNumber group) and the printed check digit, and says whether
 * they agree. Inputs are expected to be ASCII digits (and upper-case letters where noted).
 */

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** UPU S10 check digit of the eight serial digits. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError('S10 serial must be eight digits');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += digitAt(serial, i) * (S10_WEIGHTS[i] ?? 0);
  const r = sum % 11;
  if (r === 0) return 5;
  if (r === 1) return 0;
  return 11 - r;
}

export function passesS10(serial: string, checkDigit: string): boolean {
  return /^\d{8}$/.test(serial) && s10CheckDigit(serial) === Number(checkDigit);
}

/** The sequence read as a number, mod 7 (DHL Express). Done digit by digit so length never overflows. */
export function passesMod7(sequence: string, checkDigit: string): boolean {
  let remainder = 0;
  for (let i = 0; i < sequence.length; i += 1)
    remainder = (remainder * 10 + digitAt(sequence, i)) % 7;
  return remainder === Number(checkDigit);
}

export interface Mod10Weighting {
  /** Multiplier for the 1st, 3rd, 5th… character (index 0, 2, 4…). */
  evens: number;
  /** Multiplier for the 2nd, 4th, 6th… character (index 1, 3, 5…). */
  odds: number;
  /** Weigh from the last character backwards. */
  reverse?: boolean;
}

/**
 * Weighted sum mod 10, the complement being the check digit (UPS, FedEx Ground, USPS/GS1).
 * Letters count as (char code - 3) mod 10, which is how UPS maps A–Z onto digits.
 */
export function passesMod10(
  sequence: string,
  checkDigit: string,
  weighting: Mod10Weighting,
): boolean {
  const { length } = sequence;
  let total = 0;
  for (let i = 0; i < length; i += 1) {
    const code = sequence.charCodeAt(weighting.reverse ? length - 1 - i : i);
    const value = code >= 48 && code <= 57 ? code - 48 : (code - 3) % 10;
    total += value * (i % 2 === 1 ? weighting.odds : weighting.evens);
  }
  const remainder = total % 10;
  const check = remainder === 0 ? 0 : 10 - remainder;
  return check === Number(checkDigit);
}

/** Sum of digit × weight, then mod one and mod the other (FedEx Express: mod 11, then mod 10). */
export function passesWeightedModulo(
  sequence: string,
  checkDigit: string,
  weights: readonly number[],
  modulo1: number,
  modulo2: number,
): boolean {
  let total = 0;
  const count = Math.min(sequence.length, weights.length);
  for (let i = 0; i < count; i += 1) total += digitAt(sequence, i) * (weights[i] ?? 0);
  return (total % modulo1) % modulo2 === Number(checkDigit);
}

function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : 0;
}
