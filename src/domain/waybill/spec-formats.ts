import {
  passesMod10,
  passesMod7,
  passesS10,
  passesWeightedModulo,
  type Mod10Weighting,
} from './checksums';
import type { FormatVerdict, Verify, WaybillFormat } from './formats';
import { isIsoCountryCode } from './iso-countries';

/*
 * The formats with a check digit, after the public tracking-number specs (tracking_number_data:
 * s10, ups, dhl, fedex, usps). Each pattern is the spec's regex anchored and without its optional
 * whitespace, since it runs on normalised numbers; ids are the specs' own.
 */

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FEDEX_EXPRESS_WEIGHTS = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1] as const;
const FEDEX_34_WEIGHTS = [1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1] as const;
const FEDEX_GROUND: Mod10Weighting = { evens: 1, odds: 3 };
const GS1: Mod10Weighting = { evens: 3, odds: 1 };

function verdict(passes: boolean): FormatVerdict {
  return passes ? 'valid' : 'check_digit';
}

function mod10(weighting: Mod10Weighting): Verify {
  return ({ SerialNumber = '', CheckDigit = '' }) =>
    verdict(passesMod10(SerialNumber, CheckDigit, weighting));
}

function weightedModulo(weights: readonly number[]): Verify {
  return ({ SerialNumber = '', CheckDigit = '' }) =>
    verdict(passesWeightedModulo(SerialNumber, CheckDigit, weights, 11, 10));
}

/** The country must be one that exists before the check digit means anything. */
const s10: Verify = ({ SerialNumber = '', CheckDigit = '', CountryCode = '' }) => {
  if (!isIsoCountryCode(CountryCode)) return 'wrong_format';
  return verdict(passesS10(SerialNumber, CheckDigit));
};

export const S10: WaybillFormat = {
  id: 's10',
  pattern:
    /^(?<ServiceType>[A-Z]{2})(?<SerialNumber>\d{8})(?<CheckDigit>\d)(?<CountryCode>[A-Z]{2})$/,
  lengths: [13],
  starts: LETTERS,
  verify: s10,
};

export const UPS_FORMATS: readonly WaybillFormat[] = [
  {
    id: 'ups',
    pattern: /^1Z(?<SerialNumber>[0-9A-Z]{6}[0-9A-Z]{2}[0-9A-Z]{7})(?<CheckDigit>\d)$/,
    lengths: [18],
    starts: '1',
    verify: mod10({ evens: 1, odds: 2 }),
  },
];

export const DHL_FORMATS: readonly WaybillFormat[] = [
  {
    id: 'dhl_express',
    pattern: /^(?<SerialNumber>\d{9,10})(?<CheckDigit>\d)$/,
    lengths: [10, 11],
    starts: DIGITS,
    verify: ({ SerialNumber = '', CheckDigit = '' }) =>
      verdict(passesMod7(SerialNumber, CheckDigit)),
  },
];

export const FEDEX_FORMATS: readonly WaybillFormat[] = [
  {
    id: 'fedex_12',
    pattern: /^(?<SerialNumber>\d{11})(?<CheckDigit>\d)$/,
    lengths: [12],
    starts: DIGITS,
    verify: weightedModulo(FEDEX_EXPRESS_WEIGHTS),
  },
  {
    id: 'fedex_34',
    pattern: /^[0-8]\d{14}(?<DestinationZip>\d{5})(?<SerialNumber>\d{13})(?<CheckDigit>\d)$/,
    lengths: [34],
    starts: '012345678',
    verify: weightedModulo(FEDEX_34_WEIGHTS),
  },
  {
    id: 'fedex_astra_32',
    pattern: /^3\d{5}\d{3}\d{7}(?<SerialNumber>\d{11})(?<CheckDigit>\d)\d{4}$/,
    lengths: [32],
    starts: '3',
    verify: weightedModulo(FEDEX_EXPRESS_WEIGHTS),
  },
  {
    id: 'fedex_ground',
    pattern: /^(?<SerialNumber>\d{14})(?<CheckDigit>\d)$/,
    lengths: [15],
    starts: DIGITS,
    verify: mod10(FEDEX_GROUND),
  },
  {
    id: 'fedex_ground_sscc_18',
    pattern: /^(?<ShippingContainerType>\d{2})(?<SerialNumber>\d{15})(?<CheckDigit>\d)$/,
    lengths: [18],
    starts: DIGITS,
    verify: mod10({ evens: 3, odds: 1 }),
  },
  {
    id: 'fedex_ground_96',
    pattern: /^96\d{2}\d{3}(?<SerialNumber>\d{7}\d{7})(?<CheckDigit>\d)$/,
    lengths: [22],
    starts: '9',
    verify: mod10(FEDEX_GROUND),
  },
  {
    id: 'fedex_ground_gsn',
    pattern: /^96\d{2}\d{5}\d{10}\d(?<SerialNumber>\d{13})(?<CheckDigit>\d)$/,
    lengths: [34],
    starts: '9',
    verify: weightedModulo(FEDEX_34_WEIGHTS),
  },
];

export const USPS_FORMATS: readonly WaybillFormat[] = [
  {
    id: 'usps_20',
    pattern: /^(?<SerialNumber>\d{2}\d{9}\d{8})(?<CheckDigit>\d)$/,
    lengths: [20],
    starts: DIGITS,
    verify: mod10(GS1),
  },
  {
    id: 'usps_impb_n',
    pattern: new RegExp(
      [
        '^(?:420\\d{5}(?=\\d{22}(?!\\d)|\\d{26}(?!\\d))(?:\\d{4}(?=\\d{22}(?!\\d)))?)?',
        '(?<SerialNumber>94\\d{3}',
        '(?=9\\d{8}(?:\\d{15}|\\d{11}|\\d{7})\\d(?!\\d)|[0-8]\\d{5}(?:\\d{14}|\\d{10})\\d(?!\\d))',
        '(?:9\\d{8}|[0-8]\\d{5})',
        '(?:\\d{15}|\\d{14}|\\d{11}|\\d{10}|\\d{7}))',
        '(?<CheckDigit>\\d)$',
      ].join(''),
    ),
    // 94, service, a 9- or 6-digit mailer and the package: 22, 26 or 30; a routing ZIP adds 8 or 12.
    lengths: [22, 26, 30, 34],
    starts: '49',
    verify: mod10({ ...GS1, reverse: true }),
  },
  {
    id: 'usps_legacy',
    pattern: /^(?:420\d{5}(?:\d{4})?)?(?<SerialNumber>(?:91)?\d{2}\d{9}\d{8})(?<CheckDigit>\d)$/,
    lengths: [20, 22, 28, 30, 32, 34],
    starts: DIGITS,
    // The check digit covers the 91 application identifier even where the label leaves it off.
    verify: ({ SerialNumber = '', CheckDigit = '' }) =>
      verdict(
        passesMod10(
          SerialNumber.startsWith('91') ? SerialNumber : `91${SerialNumber}`,
          CheckDigit,
          GS1,
        ),
      ),
  },
  {
    id: 'usps_impb_c',
    pattern: new RegExp(
      [
        '^(?:420\\d{5}(?:\\d{4}(?=\\d{22}(?!\\d)))?)?',
        '(?<SerialNumber>(?:92(?=\\d{3}9)|93(?=\\d{3}[0-8])|95)\\d{3}',
        '(?=9\\d{8}(?:\\d{11}|\\d{7})\\d(?!\\d)|[0-8]\\d{5}(?:\\d{14}|\\d{10})\\d(?!\\d))',
        '(?:9\\d{8}|[0-8]\\d{5})',
        '(?:\\d{14}|\\d{11}|\\d{10}|\\d{7}))',
        '(?<CheckDigit>\\d)$',
      ].join(''),
    ),
    lengths: [22, 26, 30, 34],
    starts: '49',
    verify: mod10(GS1),
  },
  {
    // S10 numbers USPS issues itself for international mail.
    ...S10,
    pattern: /^(?<ServiceType>[A-Z]{2})(?<SerialNumber>\d{8})(?<CheckDigit>\d)(?<CountryCode>US)$/,
  },
];
