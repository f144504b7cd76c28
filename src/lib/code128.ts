/**
 * Code 128 (ISO/IEC 15417) for printed labels: packing slips carry the order number so a scan gun
 * can read it back. Code Set B covers printable ASCII; long runs of digits switch to Code Set C,
 * which packs two digits into one symbol and keeps the barcode short enough for a narrow label.
 */

/**
 * Element widths (in modules) of each symbol value 0–106, bar first, bars and spaces alternating.
 * Every symbol is 11 modules wide; 106, the stop pattern, is 13 (it ends with a bar).
 */
// prettier-ignore
const PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const CODE_C = 99;
const CODE_B = 100;
const START_B = 104;
const START_C = 105;
const STOP = 106;
const CHECKSUM_MODULUS = 103;

/** Modules of blank space the standard asks for on each side, so a scanner finds the edges. */
export const QUIET_ZONE_MODULES = 10;

export interface Code128Encoding {
  /** Symbol values in order: start, data, checksum, stop. */
  values: number[];
  /** The checksum symbol's value (mod 103 of the weighted sum). */
  checksum: number;
  /** Element widths in modules, bar first, alternating bar and space; no quiet zone. */
  widths: number[];
  /** The symbol's width in modules, without the quiet zones. */
  modules: number;
}

const isDigit = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};

function digitRunLength(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text, end)) end += 1;
  return end - from;
}

function setBValue(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 32 || code > 126) {
    throw new RangeError(
      `Code 128 set B encodes printable ASCII only; found U+${code.toString(16).padStart(4, '0')} at ${index}`,
    );
  }
  return code - 32;
}

/**
 * Worth switching to set C: a run of at least 4 digits that starts or ends the text, or at least
 * 6 in the middle (the switches cost a symbol each way).
 */
function worthSetC(run: number, atStart: boolean, reachesEnd: boolean): boolean {
  if (atStart && reachesEnd) return run % 2 === 0 || run >= 4;
  return run >= (atStart || reachesEnd ? 4 : 6);
}

/** The data symbols and start code for `text`: set B, with set C for long runs of digits. */
function dataValues(text: string, allowSetC: boolean): { start: number; data: number[] } {
  const data: number[] = [];
  let index = 0;
  let inSetC = false;
  let start = START_B;

  const firstRun = digitRunLength(text, 0);
  if (allowSetC && firstRun > 0 && worthSetC(firstRun, true, firstRun === text.length)) {
    start = START_C;
    inSetC = true;
  }

  while (index < text.length) {
    if (inSetC) {
      if (digitRunLength(text, index) >= 2) {
        data.push(Number(text.slice(index, index + 2)));
        index += 2;
        continue;
      }
      data.push(CODE_B);
      inSetC = false;
      continue;
    }
    const run = allowSetC ? digitRunLength(text, index) : 0;
    if (run > 0 && worthSetC(run, false, index + run === text.length)) {
      // An odd run leaves its first digit in set B, so set C gets pairs only.
      if (run % 2 === 1) {
        data.push(setBValue(text, index));
        index += 1;
      }
      data.push(CODE_C);
      inSetC = true;
      continue;
    }
    data.push(setBValue(text, index));
    index += 1;
  }
  return { start, data };
}

export interface Code128Options {
  /** false: set B only (every character one symbol). Default true. */
  allowSetC?: boolean;
}

/**
 * Encodes `text` as Code 128: start symbol, data, the mod-103 checksum and the stop pattern,
 * as module widths. Throws a RangeError on an empty text or characters outside printable ASCII.
 */
export function encodeCode128(text: string, options: Code128Options = {}): Code128Encoding {
  if (text.length === 0) throw new RangeError('Code 128 needs at least one character');
  const { start, data } = dataValues(text, options.allowSetC ?? true);
  let sum = start;
  data.forEach((value, position) => {
    sum += value * (position + 1);
  });
  const checksum = sum % CHECKSUM_MODULUS;
  const values = [start, ...data, checksum, STOP];
  const widths = values.flatMap((value) => Array.from(PATTERNS[value] ?? '', Number));
  const modules = widths.reduce((total, width) => total + width, 0);
  return { values, checksum, widths, modules };
}

/** Bars as [x, width] in modules from the symbol's left edge (quiet zone not included). */
export function barsOf(widths: readonly number[]): [number, number][] {
  const bars: [number, number][] = [];
  let x = 0;
  widths.forEach((width, index) => {
    if (index % 2 === 0) bars.push([x, width]);
    x += width;
  });
  return bars;
}
