import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseWaybill, type Carrier } from './carriers';
import { checkWaybillNumber, detectCarriers } from './check';
import { verdictOf } from './verdict';

/**
 * Runs the test numbers of the public tracking-number specs (tracking_number_data, MIT) against
 * our rules. The specs live beside the repository, not in it; a clone without them skips.
 *
 * Rules where the specs and our carriers overlap:
 * - With the spec's carrier given, the verdict must match the spec exactly: valid numbers have no
 *   problem at all, invalid ones an error.
 * - Without a carrier, a valid number must be detected as the spec's carrier, first. Three overlaps
 *   exist, each settled by a rule of check.ts: an S10 number ending in US fits both EMS and USPS
 *   (both pass; EMS comes first); a USPS number with its 420 routing ZIP can pass FedEx's 34-digit
 *   check too (USPS, the narrower format, comes first); a 12-digit FedEx Express number also fits
 *   SF's older 12-digit format (FedEx passes its check digit, SF is pattern only: FedEx first).
 * - Without a carrier, an invalid number is an error, unless it is simply a number of another of
 *   our carriers (a 12-digit FedEx number with a wrong check digit is still a plausible SF number).
 */
const SPEC_DIR = path.resolve(__dirname, '../../../../shared/carrier-specs/tracking_number_data');
const SPECS_PRESENT = existsSync(SPEC_DIR);

/** Which spec definitions stand for which of our carriers (null: every definition of the file). */
const SUPPORTED: readonly { file: string; carrier: Carrier; ids: readonly string[] | null }[] = [
  { file: 's10.json', carrier: 'EMS', ids: null },
  // "UPS Waybill" (a letter and ten digits) is not a parcel number we take; only 1Z numbers.
  { file: 'ups.json', carrier: 'UPS', ids: ['ups'] },
  // DHL's Piece ID and e-commerce numbers carry no check digit; we take DHL Express waybills only.
  { file: 'dhl.json', carrier: 'DHL', ids: ['dhl_express'] },
  { file: 'fedex.json', carrier: 'FEDEX', ids: null },
  { file: 'usps.json', carrier: 'USPS', ids: null },
];

interface SpecDefinition {
  id: string;
  carrier: Carrier;
  valid: string[];
  invalid: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function loadDefinitions(): SpecDefinition[] {
  return SUPPORTED.flatMap(({ file, carrier, ids }) => {
    const json: unknown = JSON.parse(readFileSync(path.join(SPEC_DIR, 'couriers', file), 'utf8'));
    const definitions = field(json, 'tracking_numbers');
    return (Array.isArray(definitions) ? definitions : [])
      .map((definition: unknown) => {
        const id = field(definition, 'id');
        const numbers = field(definition, 'test_numbers');
        return {
          id: typeof id === 'string' ? id : '',
          carrier,
          valid: strings(field(numbers, 'valid')),
          invalid: strings(field(numbers, 'invalid')),
        };
      })
      .filter((definition) => ids === null || ids.includes(definition.id));
  });
}

const definitions = SPECS_PRESENT ? loadDefinitions() : [];
const valid = definitions.flatMap((d) =>
  d.valid.map((number) => [d.id, number, d.carrier] as const),
);
const invalid = definitions.flatMap((d) =>
  d.invalid.map((number) => [d.id, number, d.carrier] as const),
);

describe.skipIf(!SPECS_PRESENT)('conformance with the public tracking-number specs', () => {
  it('finds test numbers for every carrier with a check digit', () => {
    const carriers = new Set(definitions.map((d) => d.carrier));
    expect([...carriers].sort()).toEqual(['DHL', 'EMS', 'FEDEX', 'UPS', 'USPS']);
    expect(valid.length).toBeGreaterThan(50);
    expect(invalid.length).toBeGreaterThan(15);
  });

  it.each(valid)('%s valid %j: no problem for %s, and detected as it', (_id, number, carrier) => {
    expect(checkWaybillNumber(number, carrier)).toEqual({
      normalised: normaliseWaybill(number),
      carrier,
      problems: [],
    });
    expect(detectCarriers(normaliseWaybill(number))[0]).toBe(carrier);
    expect(checkWaybillNumber(number, null)).toMatchObject({ carrier, problems: [] });
  });

  it.each(invalid)('%s invalid %j: an error for %s', (_id, number, carrier) => {
    expect(verdictOf(checkWaybillNumber(number, carrier).problems)).toBe('error');
    const guessed = checkWaybillNumber(number, null);
    if (guessed.carrier === carrier || guessed.carrier === null) {
      expect(verdictOf(guessed.problems)).toBe('error');
    } else {
      // Not this carrier's number at all, but a plausible one of another carrier.
      expect(detectCarriers(guessed.normalised)).not.toContain(carrier);
    }
  });
});
