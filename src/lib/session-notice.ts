import { create } from 'zustand';

interface SessionNoticeState {
  /** The last session ended because the backend rejected its token, not because the user signed out. */
  expired: boolean;
  markExpired: () => void;
  clear: () => void;
}

export const useSessionNotice = create<SessionNoticeState>()((set) => ({
  expired: false,
  markExpired: () => set({ expired: true }),
  clear: () => set({ expired: false }),
}));
