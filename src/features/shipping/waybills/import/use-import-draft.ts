import { useStore } from 'zustand';
import { useCurrentUser } from '@/api/session-store';
import { importDraftFor, type ImportDraftState } from './draft';

/** The import draft of the signed-in user. */
export function useImportDraftStore() {
  const user = useCurrentUser();
  return importDraftFor(user?.id ?? 'signed-out');
}

export function useImportDraft<T>(selector: (state: ImportDraftState) => T): T {
  return useStore(useImportDraftStore(), selector);
}
