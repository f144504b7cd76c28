import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicTracking, PublicTrackingLookup } from '@/api/contract/tracking';
import { LookupError, type LookupFailure, type PublicTrackingApi } from './api';

/** What went wrong, as the page words it: a dead link is told apart from a failed lookup. */
export type PageFailure = LookupFailure | 'link_not_found';

type Request = { via: 'form'; lookup: PublicTrackingLookup } | { via: 'link'; token: string };

export interface PublicTrackingState {
  answer: PublicTracking | null;
  /** How the answer came: a lookup moves focus to it, an opened link does not. */
  answeredVia: Request['via'] | null;
  pending: Request['via'] | null;
  failure: PageFailure | null;
  /** Sends the last request again; null when trying again now would not help. */
  retry: (() => void) | null;
  lookUp(lookup: PublicTrackingLookup): void;
  /** Back to an empty form for another order. */
  clear(): void;
}

const TOKEN_PARAM = 't';

/** The ?t= of the address bar: the answer survives a reload and the URL can be bookmarked. */
function showTokenInUrl(token: string | null): void {
  const url = new URL(window.location.href);
  if (token) url.searchParams.set(TOKEN_PARAM, token);
  else url.searchParams.delete(TOKEN_PARAM);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function tokenInUrl(): string | null {
  return new URLSearchParams(window.location.search).get(TOKEN_PARAM);
}

/** The page's one conversation with the backend: the latest request wins, earlier ones are dropped. */
export function usePublicTracking(
  api: PublicTrackingApi,
  initialToken: string | null,
): PublicTrackingState {
  const [answer, setAnswer] = useState<PublicTracking | null>(null);
  const [answeredVia, setAnsweredVia] = useState<Request['via'] | null>(null);
  const [pending, setPending] = useState<Request['via'] | null>(initialToken ? 'link' : null);
  const [failure, setFailure] = useState<PageFailure | null>(null);
  const [lastRequest, setLastRequest] = useState<Request | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  const send = useCallback(
    (request: Request) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setPending(request.via);
      // Cleared first, so the same message shown again is announced again.
      setFailure(null);
      setLastRequest(request);
      const answering =
        request.via === 'form'
          ? api.lookUp(request.lookup, controller.signal)
          : api.open(request.token, controller.signal);
      answering.then(
        (tracking) => {
          if (controller.signal.aborted) return;
          setAnswer(tracking);
          setAnsweredVia(request.via);
          setPending(null);
          showTokenInUrl(tracking.token);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setPending(null);
          const reason = error instanceof LookupError ? error.failure : 'unavailable';
          if (!(error instanceof LookupError)) console.error(error);
          if (request.via === 'link' && reason === 'not_found') {
            showTokenInUrl(null);
            setFailure('link_not_found');
          } else setFailure(reason);
        },
      );
    },
    [api],
  );

  useEffect(() => {
    if (initialToken) send({ via: 'link', token: initialToken });
    return () => inFlight.current?.abort();
  }, [initialToken, send]);

  const lookUp = useCallback(
    (lookup: PublicTrackingLookup) => send({ via: 'form', lookup }),
    [send],
  );

  const clear = useCallback(() => {
    inFlight.current?.abort();
    setAnswer(null);
    setAnsweredVia(null);
    setPending(null);
    setFailure(null);
    showTokenInUrl(null);
  }, []);

  const retry = failure === 'unavailable' && lastRequest ? () => send(lastRequest) : null;

  return { answer, answeredVia, pending, failure, retry, lookUp, clear };
}
