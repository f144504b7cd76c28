import { allocateProportionally } from '@/domain/money';
import { DAY, HOUR, dateParts, dayNumber, dayStartMs } from '../db/time';
import type { Rng } from './prng';
import { TIME_ZONE } from './reference';
import { makeSampler } from './sampler';

export const SEED_DAYS = 180;

const HOUR_WEIGHTS = [
  2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 5, 6, 6, 7, 6, 5, 5, 5, 6, 7, 8, 10, 11, 9, 5,
];
/** Demand per day: a gentle upward trend, busier weekends, and the shopping festivals. */
function dayWeight(day: number, index: number): number {
  const { month, day: date } = dateParts(day);
  const weekday = new Date(day * DAY).getUTCDay();
  let weight = 0.75 + 0.5 * (index / SEED_DAYS);
  if (weekday === 0 || weekday === 6) weight *= 1.25;
  if (month === 11 && date === 11) weight *= 3.5;
  else if (month === 11 && (date === 10 || date === 12)) weight *= 1.6;
  else if (month === 6 && date === 18) weight *= 2.5;
  else if (month === 12 && date === 12) weight *= 1.8;
  return weight;
}

/** Placement times of every order, oldest first, grouped by local day. */
export function placementTimes(
  rng: Rng,
  count: number,
  now: number,
): { day: number; times: Float64Array }[] {
  const today = dayNumber(now, TIME_ZONE);
  const first = today - SEED_DAYS + 1;
  const todayStart = dayStartMs(today, TIME_ZONE);
  const weights: number[] = [];
  for (let i = 0; i < SEED_DAYS; i += 1) {
    const day = first + i;
    const w = dayWeight(day, i);
    weights.push(day === today ? (w * (now - todayStart)) / DAY : w);
  }
  const perDay = allocateProportionally(count, weights);
  const sampleHour = makeSampler(HOUR_WEIGHTS);
  return perDay.map((n, i) => {
    const day = first + i;
    const start = dayStartMs(day, TIME_ZONE);
    const times = new Float64Array(n);
    for (let k = 0; k < n; k += 1) {
      times[k] =
        day === today
          ? start + Math.floor(rng.next() * (now - start))
          : start + sampleHour(rng.next()) * HOUR + Math.floor(rng.next() * HOUR);
    }
    times.sort();
    return { day, times };
  });
}
