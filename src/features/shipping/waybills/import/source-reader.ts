import { readInSlices, type ReadAnswer, type ReadRequest } from './read-source';

import type { PreviewRow } from './rows';

/** Rows come in parts before the answer, which then holds none (read-source.worker.ts). */
type WorkerReply =
  | { id: number; rows: PreviewRow[] }
  | { id: number; answer: ReadAnswer }
  | { id: number; error: string };

interface Waiting {
  rows: PreviewRow[];
  resolve: (answer: ReadAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * One worker for the page, started when the import panel first shows so it is ready by the
 * paste. Null where there are no workers (tests in jsdom) or the worker could not start: the
 * page then reads in slices itself.
 */
let reader: { worker: Worker; waiting: Map<number, Waiting> } | null | undefined;
let nextId = 1;

function failAll(error: Error) {
  if (!reader) return;
  for (const waiting of reader.waiting.values()) waiting.reject(error);
  reader.worker.terminate();
  reader = null;
}

function workerReader() {
  if (reader !== undefined) return reader;
  if (typeof Worker === 'undefined') {
    reader = null;
    return reader;
  }
  try {
    const worker = new Worker(new URL('./read-source.worker.ts', import.meta.url), {
      type: 'module',
      name: 'waybill-import',
    });
    const waiting = new Map<number, Waiting>();
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      if ('rows' in reply) {
        for (const row of reply.rows) entry.rows.push(row);
        return;
      }
      waiting.delete(reply.id);
      if ('error' in reply) entry.reject(new Error(reply.error));
      else if (reply.answer.kind === 'read') {
        entry.resolve({ kind: 'read', read: { ...reply.answer.read, rows: entry.rows } });
      } else entry.resolve(reply.answer);
    });
    worker.addEventListener('error', () => failAll(new WorkerUnavailableError()));
    reader = { worker, waiting };
  } catch {
    reader = null;
  }
  return reader;
}

class WorkerUnavailableError extends Error {
  constructor() {
    super('the import worker is not available');
    this.name = 'WorkerUnavailableError';
  }
}

function askWorker(request: ReadRequest, signal: AbortSignal): Promise<ReadAnswer> | null {
  const current = workerReader();
  if (!current) return null;
  const id = nextId++;
  return new Promise<ReadAnswer>((resolve, reject) => {
    const abandon = () => {
      current.waiting.delete(id);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal.addEventListener('abort', abandon, { once: true });
    current.waiting.set(id, {
      rows: [],
      resolve: (answer) => {
        signal.removeEventListener('abort', abandon);
        resolve(answer);
      },
      reject: (error) => {
        signal.removeEventListener('abort', abandon);
        reject(error);
      },
    });
    current.worker.postMessage({ id, request });
  });
}

/** Starts the worker ahead of the first paste (its code loads while the person copies). */
export function warmSourceReader(): void {
  workerReader();
}

/** Reads in the worker where there is one; otherwise, or when it fails to start, in slices here. */
export async function readSource(request: ReadRequest, signal: AbortSignal): Promise<ReadAnswer> {
  const fromWorker = askWorker(request, signal);
  if (fromWorker) {
    try {
      return await fromWorker;
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
    }
  }
  signal.throwIfAborted();
  return readInSlices(request, signal);
}
