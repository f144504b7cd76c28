import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { WaybillItem, WaybillRowResult } from '@/api/contract/fulfilment';
import { ApiError, NetworkError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';

/** Rows per commit request: small enough that one lost answer costs little to resend. */
export const COMMIT_CHUNK_SIZE = 200;
/** Further attempts of a chunk after a network failure or a server error. */
export const COMMIT_RETRIES = 2;

export interface CommitOutcome {
  /** One per item, in the order of the items; null when its chunk could not be sent at all. */
  results: (WaybillRowResult | null)[];
}

export interface CommitProgress {
  done: number;
  total: number;
}

export interface CommitRunOptions {
  chunkSize?: number;
  retries?: number;
  /** Wait before the nth retry (1-based). */
  retryDelayMs?: (attempt: number) => number;
  onProgress?: (progress: CommitProgress) => void;
  /**
   * The key of a chunk with exactly these rows. Reusing the key of an earlier attempt of the same
   * rows makes the backend answer that attempt's answer instead of shipping again.
   */
  keyFor?: (chunk: readonly WaybillItem[]) => string;
}

function isWorthRetrying(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Ships the items in chunks, one request after another. Each chunk has one idempotency key for all
 * of its attempts, so a request whose answer was lost and is sent again ships nothing twice.
 */
export async function commitInChunks(
  backend: Backend,
  items: readonly WaybillItem[],
  options: CommitRunOptions = {},
): Promise<CommitOutcome> {
  const chunkSize = options.chunkSize ?? COMMIT_CHUNK_SIZE;
  const retries = options.retries ?? COMMIT_RETRIES;
  const delay = options.retryDelayMs ?? ((attempt: number) => 400 * attempt);
  const keyFor = options.keyFor ?? (() => crypto.randomUUID());
  const results: (WaybillRowResult | null)[] = items.map(() => null);
  options.onProgress?.({ done: 0, total: items.length });

  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const idempotencyKey = keyFor(chunk);
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(delay(attempt));
      try {
        const answer = await backend.shipWaybills({ body: { items: chunk } }, { idempotencyKey });
        for (const result of answer.results) {
          if (result.row < chunk.length) results[start + result.row] = result;
        }
        break;
      } catch (error) {
        if (!isWorthRetrying(error)) break;
      }
    }
    options.onProgress?.({ done: Math.min(start + chunkSize, items.length), total: items.length });
  }
  return { results };
}

function chunkFingerprint(chunk: readonly WaybillItem[]): string {
  return JSON.stringify(chunk.map((item) => [item.orderNumber, item.waybill, item.carrier]));
}

/**
 * Commits waybill rows with a progress figure. Keys are remembered per set of rows for the life of
 * the page, so committing a failed chunk again (the same rows) reuses its key: if the first attempt
 * did reach the backend, the replay answers what it did then.
 */
export function useWaybillCommit() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<CommitProgress | null>(null);
  const [running, setRunning] = useState(false);
  const keys = useRef(new Map<string, string>());

  const commit = useCallback(
    async (items: WaybillItem[]): Promise<CommitOutcome> => {
      setRunning(true);
      try {
        return await commitInChunks(backend, items, {
          onProgress: setProgress,
          keyFor: (chunk) => {
            const fingerprint = chunkFingerprint(chunk);
            let key = keys.current.get(fingerprint);
            if (!key) {
              key = crypto.randomUUID();
              keys.current.set(fingerprint, key);
            }
            return key;
          },
        });
      } finally {
        setRunning(false);
        void queryClient.invalidateQueries({ queryKey: queryKeys.orders.all });
      }
    },
    [backend, queryClient],
  );

  return { commit, progress, running };
}
