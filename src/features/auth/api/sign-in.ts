import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useBackend } from '@/api/backend-context';
import type { SignInRequest } from '@/api/contract/auth';
import { useSessionStore } from '@/api/session-store';
import { useSessionNotice } from '@/lib/session-notice';

/** Signs in and keeps the session; answers cached for someone else are dropped first. */
export function useSignIn() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) => backend.signIn({ body: credentials }),
    onSuccess: (session) => {
      queryClient.removeQueries();
      useSessionNotice.getState().clear();
      useSessionStore.getState().signedIn(session);
    },
  });
}
