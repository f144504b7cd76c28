import type { Region } from '../region';
import type { Carrier } from '../waybill/carriers';

/** A carrier rule as read top to bottom: null region or weight means "any". */
export interface CarrierRuleLike {
  region: Region | null;
  /** The heaviest parcel (grams, inclusive) the rule applies to. */
  maxWeightGrams: number | null;
  carrier: Carrier;
}

export interface Parcel {
  /** The destination's region. */
  region: Region;
  weightGrams: number;
}

export function ruleMatches(rule: CarrierRuleLike, parcel: Parcel): boolean {
  return (
    (rule.region === null || rule.region === parcel.region) &&
    (rule.maxWeightGrams === null || rule.maxWeightGrams >= parcel.weightGrams)
  );
}

/** The carrier of the first rule that matches the parcel, or the fallback when none does. */
export function pickCarrier(
  rules: readonly CarrierRuleLike[],
  fallback: Carrier,
  parcel: Parcel,
): Carrier {
  return rules.find((rule) => ruleMatches(rule, parcel))?.carrier ?? fallback;
}

export type CarrierRuleProblemCode = 'weight_not_positive' | 'unreachable';

export interface CarrierRuleProblem {
  /** Position of the rule in the list. */
  index: number;
  field: 'maxWeightGrams' | 'region';
  code: CarrierRuleProblemCode;
  /** For unreachable: the earlier rule that matches every parcel this one would. */
  shadowedBy?: number;
}

/** Every parcel `later` matches, `earlier` matches too: `later` can never be reached. */
function covers(earlier: CarrierRuleLike, later: CarrierRuleLike): boolean {
  const regionCovered = earlier.region === null || earlier.region === later.region;
  const weightCovered =
    earlier.maxWeightGrams === null ||
    (later.maxWeightGrams !== null && earlier.maxWeightGrams >= later.maxWeightGrams);
  return regionCovered && weightCovered;
}

/**
 * What is wrong with a rule list: a weight that is not a whole positive number of grams, and a
 * rule that can never match because an earlier one already takes every parcel it would (an
 * identical rule, a catch-all, the same region with a higher weight limit).
 */
export function validateCarrierRules(rules: readonly CarrierRuleLike[]): CarrierRuleProblem[] {
  const problems: CarrierRuleProblem[] = [];
  rules.forEach((rule, index) => {
    const weight = rule.maxWeightGrams;
    if (weight !== null && (!Number.isInteger(weight) || weight <= 0)) {
      problems.push({ index, field: 'maxWeightGrams', code: 'weight_not_positive' });
      return;
    }
    const shadowedBy = rules.slice(0, index).findIndex((earlier) => covers(earlier, rule));
    if (shadowedBy >= 0) {
      problems.push({
        index,
        field: rule.region === null ? 'region' : 'maxWeightGrams',
        code: 'unreachable',
        shadowedBy,
      });
    }
  });
  return problems;
}
