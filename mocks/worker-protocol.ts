import type { FaultSettings, RuntimeConfig } from '@/api/contract';

/** Messages between the page (mocks/browser.ts) and the worker that holds the demo data (mocks/worker.ts). */
export type ToWorker =
  | { type: 'init'; config: RuntimeConfig; faults: FaultSettings }
  | {
      type: 'request';
      id: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  | { type: 'reset'; id: number };

export interface SerializedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'response'; id: number; response: SerializedResponse | null }
  | { type: 'reset-done'; id: number };
