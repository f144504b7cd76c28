import type { PublicTracking, PublicTrackingLookup } from '@/api/contract/tracking';
import { isPublicTracking } from './answer-check';

/**
 * The public tracking page's own way to the backend: two calls of the REST contract without a
 * session, and nothing of the admin's data layer, so the page stays a small download.
 */

/** Why an answer could not be shown; each has its own words on the page. */
export type LookupFailure = 'not_found' | 'rate_limited' | 'unavailable';

export class LookupError extends Error {
  readonly failure: LookupFailure;

  constructor(failure: LookupFailure, detail?: string) {
    super(detail ?? failure);
    this.name = 'LookupError';
    this.failure = failure;
  }
}

export interface PublicTrackingApi {
  lookUp(lookup: PublicTrackingLookup, signal?: AbortSignal): Promise<PublicTracking>;
  open(token: string, signal?: AbortSignal): Promise<PublicTracking>;
}

export interface PublicTrackingApiOptions {
  baseUrl: string;
  fetch?: typeof fetch;
}

function failureOf(status: number): LookupFailure {
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  // 422 cannot come from the form (it checks the same rules first); like a server error it is
  // something the customer can only retry.
  return 'unavailable';
}

async function read(response: Response): Promise<PublicTracking> {
  if (!response.ok) throw new LookupError(failureOf(response.status), `HTTP ${response.status}`);
  const answer: unknown = await response.json();
  if (!isPublicTracking(answer)) {
    throw new LookupError('unavailable', 'the answer does not match the contract');
  }
  return answer;
}

export function createPublicTrackingApi(options: PublicTrackingApiOptions): PublicTrackingApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl.replace(/\/$/, '');

  async function send(path: string, init: RequestInit): Promise<PublicTracking> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers: { Accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new LookupError('unavailable', 'the backend could not be reached');
    }
    return read(response);
  }

  return {
    lookUp: (lookup, signal) =>
      send('/public/tracking', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(lookup),
        signal,
      }),
    open: (token, signal) =>
      send(`/public/tracking/${encodeURIComponent(token)}`, { method: 'GET', signal }),
  };
}
