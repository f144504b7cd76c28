import type { CarrierRuleSet } from '@/api/contract';

/**
 * The rules the chain starts with: every parcel up to 20 kg goes by the express company that
 * serves its region best, anything heavier by freight (the fallback, Deppon).
 */
export const SEEDED_CARRIER_RULES: CarrierRuleSet = {
  rules: [
    { region: 'south', maxWeightGrams: 20_000, carrier: 'JT' },
    { region: 'southwest', maxWeightGrams: 20_000, carrier: 'YUNDA' },
    { region: 'northeast', maxWeightGrams: 20_000, carrier: 'EMS' },
    { region: 'northwest', maxWeightGrams: 20_000, carrier: 'EMS' },
    { region: 'north', maxWeightGrams: 20_000, carrier: 'YTO' },
    { region: 'east', maxWeightGrams: 1_000, carrier: 'SF' },
    { region: null, maxWeightGrams: 20_000, carrier: 'ZTO' },
  ],
  fallback: 'DEPPON',
  version: 1,
  updatedAt: null,
  updatedBy: null,
};
