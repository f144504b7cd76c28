import { useSessionStore } from '@/api/session-store';
import { useSessionNotice } from '@/lib/session-notice';

/**
 * The backend no longer accepts the token. Dropping the session makes the route guard send the
 * user to sign-in with the current page as `next`; the notice explains why they are there.
 * A 401 while nobody is signed in (a wrong password) is not an expiry and is left to the form.
 */
export function expireSession(): void {
  if (!useSessionStore.getState().session) return;
  useSessionNotice.getState().markExpired();
  useSessionStore.getState().signedOut();
}
