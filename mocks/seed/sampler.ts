import type { Rng } from './prng';

/** Weighted sampling in O(log n) with no allocation: cumulative weights and a binary search. */
export function makeSampler(weights: readonly number[]): (uniform: number) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return (uniform) => {
    const target = uniform * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A fixed weighted choice, built once and drawn many times. */
export function weightedChoice<T>(
  items: readonly T[],
  weights: readonly number[],
): (rng: Rng) => T {
  const sample = makeSampler(weights);
  return (rng) => items[sample(rng.next())] as T;
}
