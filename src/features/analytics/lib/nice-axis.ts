/** Steps a reader counts in easily, times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10] as const;

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * A value axis from zero to a round top with evenly spaced round ticks, worked out here so the
 * chart library does not (its own tick search is the costliest part of drawing a chart).
 */
export function niceAxis(max: number, tickCount = 5, wholeNumbers = false): ValueAxis {
  const intervals = Math.max(1, tickCount - 1);
  const top = Number.isFinite(max) && max > 0 ? max : wholeNumbers ? intervals : 1;
  const rough = top / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = magnitude * 10;
  for (const factor of STEPS) {
    const candidate = factor * magnitude;
    if (wholeNumbers && !Number.isInteger(candidate)) continue;
    if (candidate * intervals >= top) {
      step = candidate;
      break;
    }
  }
  if (wholeNumbers) step = Math.max(1, step);
  const count = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks[ticks.length - 1] as number], ticks };
}
