import { z } from 'zod';

/** public/config.json: read before the app renders, so a deployment changes it without a rebuild. */
export const RuntimeConfig = z.object({
  backend: z.enum(['mock', 'rest']),
  apiBaseUrl: z.string().min(1).default('/api'),
  defaultLocale: z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN'),
  timeZone: z.string().default('Asia/Shanghai'),
  mock: z
    .object({
      seed: z.int().default(20261122),
      orders: z.int().min(0).max(1_000_000).default(20_000),
      latencyMs: z.int().min(0).default(0),
      failureRatio: z.number().min(0).max(1).default(0),
      /** Keep demo changes in IndexedDB across reloads. */
      persist: z.boolean().default(true),
    })
    .prefault({}),
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
