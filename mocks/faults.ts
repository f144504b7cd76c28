import type { FaultSettings, RuntimeConfig } from '@/api/contract';

const FAULTS_KEY = 'order-desk.mock.faults';

function toNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * ?faults=0.2&latency=500 turns the fault switch on for this tab (kept in sessionStorage while
 * navigating); ?faults=0&latency=0 turns it off again. Otherwise config.json decides.
 */
export function resolveFaults(
  config: RuntimeConfig,
  search: string,
  storage: Storage,
): FaultSettings {
  const params = new URLSearchParams(search);
  const failureRatio = toNumber(params.get('faults'));
  const latencyMs = toNumber(params.get('latency'));
  if (failureRatio !== null || latencyMs !== null) {
    if (!failureRatio && !latencyMs) storage.removeItem(FAULTS_KEY);
    else {
      const stored: FaultSettings = {
        failureRatio: Math.min(1, failureRatio ?? 0),
        latencyMs: Math.round(latencyMs ?? 0),
      };
      storage.setItem(FAULTS_KEY, JSON.stringify(stored));
    }
  }
  try {
    const stored = JSON.parse(
      storage.getItem(FAULTS_KEY) ?? 'null',
    ) as Partial<FaultSettings> | null;
    if (stored) return { failureRatio: stored.failureRatio ?? 0, latencyMs: stored.latencyMs ?? 0 };
  } catch {
    storage.removeItem(FAULTS_KEY);
  }
  return { failureRatio: config.mock.failureRatio, latencyMs: config.mock.latencyMs };
}
