import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/errors';

/** 4xx answers will not change on a retry; 5xx and network failures may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function isSessionRejected(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    (error.code === 'unauthenticated' || error.code === 'session_expired')
  );
}

interface QueryClientOptions {
  /** Called when the backend rejects the session's token on any query or mutation. */
  onSessionRejected: () => void;
  /** Tests turn retries off so a failure shows at once. */
  retry?: boolean;
}

export function createQueryClient({
  onSessionRejected,
  retry = true,
}: QueryClientOptions): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionRejected(error)) onSessionRejected();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: retry ? shouldRetry : false,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
