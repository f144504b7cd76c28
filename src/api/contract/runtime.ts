import { z } from 'zod/mini';

const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** public/config.json: read before the app renders, so a deployment changes it without a rebuild. */
export const RuntimeConfig = z.object({
  backend: z.enum(['mock', 'rest']),
  apiBaseUrl: z._default(z.string().check(z.minLength(1)), '/api'),
  defaultLocale: z._default(z.enum(LOCALES), 'zh-CN'),
  timeZone: z._default(z.string(), 'Asia/Shanghai'),
  mock: z.prefault(
    z.object({
      seed: z._default(z.int(), 20261122),
      orders: z._default(z.int().check(z.minimum(0), z.maximum(1_000_000)), 20_000),
      latencyMs: z._default(z.int().check(z.minimum(0)), 0),
      failureRatio: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
      /** Keep demo changes in IndexedDB across reloads. */
      persist: z._default(z.boolean(), true),
      /** New orders per hour arriving while the demo runs (one every 20-90 s at 60); 0 for none. */
      arrivalsPerHour: z._default(z.int().check(z.minimum(0), z.maximum(3_600)), 60),
    }),
    {},
  ),
});
export type RuntimeConfig = z.output<typeof RuntimeConfig>;

export interface FaultSettings {
  latencyMs: number;
  failureRatio: number;
}

/** What the embedded mock backend offers the app once started (only when backend is "mock"). */
export interface DemoControls {
  /** Drops every demo change and restores the seeded data. */
  reset(): Promise<void>;
  faults: FaultSettings;
}

/** The module the app loads by URL when backend is "mock": mocks/browser.ts. */
export interface MockEntry {
  start(config: RuntimeConfig): Promise<DemoControls>;
}
