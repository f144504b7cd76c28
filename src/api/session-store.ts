import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Session } from './contract/auth';

interface SessionState {
  session: Session | null;
  signedIn: (session: Session) => void;
  signedOut: () => void;
}

/** The signed-in session, kept in localStorage so a reload keeps the user signed in. */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      signedIn: (session) => set({ session }),
      signedOut: () => set({ session: null }),
    }),
    { name: 'order-desk.session', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);

export function currentToken(): string | null {
  return useSessionStore.getState().session?.token ?? null;
}

export function useCurrentUser() {
  return useSessionStore((state) => state.session?.user ?? null);
}
