import type { AddressInput } from '@/domain/address';
import { PROVINCES, REGIONS, regionsAreNear, type Region } from '@/domain/region';
import type { CustomerRow } from '../db/types';
import { CITIES, type City } from './geography';
import {
  COMMUNITIES,
  EMAIL_DOMAINS,
  EMAIL_WORDS,
  GIVEN_CHARACTERS,
  STREET_NAMES,
  SURNAMES,
  SURNAME_WEIGHTS,
} from './names';
import { createRng, subSeed, type Rng } from './prng';
import { makeSampler, weightedChoice } from './sampler';

const MOBILE_PREFIXES = ['13', '15', '17', '18', '19', '16', '14'] as const;
const drawMobilePrefix = weightedChoice(MOBILE_PREFIXES, [30, 22, 10, 25, 10, 2, 1]);
const drawSurname = weightedChoice(SURNAMES, SURNAME_WEIGHTS);

/**
 * Where customers' numbers are registered: mostly where they live, often a neighbouring region
 * (people move for work and keep their number), now and then somewhere far away.
 */
const PHONE_AT_HOME = 0.85;
const PHONE_FAR_AWAY = 0.02;
/** Customers whose saved address a courier could not find (no street or no number). */
const VAGUE_ADDRESS = 0.01;

function provinceNamesBy(test: (province: Region, home: Region) => boolean) {
  return new Map(
    REGIONS.map((home) => [home, PROVINCES.filter((p) => test(p.region, home)).map((p) => p.name)]),
  );
}
const PROVINCES_NEAR = provinceNamesBy(regionsAreNear);
const PROVINCES_FAR = provinceNamesBy((region, home) => !regionsAreNear(region, home));

function phoneProvinceFor(rng: Rng, city: City): string {
  const u = rng.next();
  if (u < PHONE_AT_HOME) return city.province;
  const far = PROVINCES_FAR.get(city.region) ?? [];
  if (u >= 1 - PHONE_FAR_AWAY && far.length > 0) return rng.pick(far);
  return rng.pick(PROVINCES_NEAR.get(city.region) ?? [city.province]);
}

export interface CustomerPool {
  customers: CustomerRow[];
  /** Customer indexes living in each city of CITIES. */
  byCity: number[][];
}

export function seedCustomers(seed: number, count: number): CustomerPool {
  const rng = createRng(subSeed(seed, 0xc057));
  const sampleCity = makeSampler(CITIES.map((c) => c.weight));
  const customers: CustomerRow[] = [];
  const byCity: number[][] = CITIES.map(() => []);
  const phones = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const cityIndex = sampleCity(rng.next());
    const city = CITIES[cityIndex];
    if (!city) throw new RangeError('city index out of range');
    const surname = drawSurname(rng);
    const given = rng.pick(GIVEN_CHARACTERS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARACTERS) : '');
    let phone: string;
    do {
      phone = drawMobilePrefix(rng) + String(rng.int(0, 9)) + rng.digits(8);
    } while (phones.has(phone));
    phones.add(phone);
    const email = rng.chance(0.35)
      ? `${rng.pick(EMAIL_WORDS)}${rng.pick(EMAIL_WORDS)}${rng.int(1, 9999)}@${rng.pick(EMAIL_DOMAINS)}`
      : null;
    const detail = rng.chance(VAGUE_ADDRESS)
      ? rng.chance(0.5)
        ? `${rng.pick(COMMUNITIES)}${rng.int(1, 30)}栋${rng.int(1, 32)}${String(rng.int(1, 4)).padStart(2, '0')}室`
        : `${rng.pick(STREET_NAMES)}${rng.pick(COMMUNITIES)}旁边`
      : rng.chance(0.55)
        ? `${rng.pick(STREET_NAMES)}${rng.int(1, 999)}号${rng.pick(COMMUNITIES)}${rng.int(1, 30)}栋${rng.int(1, 32)}${String(rng.int(1, 4)).padStart(2, '0')}室`
        : `${rng.pick(STREET_NAMES)}${rng.int(1, 1500)}弄${rng.int(1, 80)}号${rng.int(101, 2802)}室`;
    customers.push({
      id: `c-${String(i + 1).padStart(6, '0')}`,
      name: surname + given,
      phone,
      email,
      cityIndex,
      district: rng.pick(city.districts),
      detail,
      postalCode: `${city.postalPrefix}${rng.digits(3)}`,
      phoneProvince: phoneProvinceFor(rng, city),
    });
    byCity[cityIndex]?.push(i);
  }
  return { customers, byCity };
}

/** The address orders ship to unless someone corrected it: the customer's own. */
export function shippingAddressOf(customer: CustomerRow): AddressInput {
  const city = CITIES[customer.cityIndex];
  if (!city) throw new RangeError('city index out of range');
  return {
    recipient: customer.name,
    phone: customer.phone,
    province: city.province,
    city: city.city,
    district: customer.district,
    detail: customer.detail,
  };
}
