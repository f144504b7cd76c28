/// <reference lib="webworker" />
import { readWhole, type ReadRequest, type TableCache } from './read-source';

/** Reads pasted text into preview rows off the page's thread: see read-source.ts. */

declare const self: DedicatedWorkerGlobalScope;

const cache: { last: TableCache | null } = { last: null };

/**
 * Rows go back in parts: the page takes each message in a task of its own, and 10,000 rows in
 * one would hold it for longer than a frame.
 */
const ROWS_PER_PART = 1000;

self.addEventListener('message', (event: MessageEvent<{ id: number; request: ReadRequest }>) => {
  const { id, request } = event.data;
  try {
    const answer = readWhole(request, cache);
    if (answer.kind === 'read') {
      const { rows } = answer.read;
      for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
        self.postMessage({ id, rows: rows.slice(start, start + ROWS_PER_PART) });
      }
      self.postMessage({ id, answer: { ...answer, read: { ...answer.read, rows: [] } } });
    } else self.postMessage({ id, answer });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
