import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from './locales';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

/** One user's choices for one table: the columns they hid and, when they chose one, the density. */
export interface TablePreference {
  hiddenColumns: readonly string[];
  density?: Density;
}

interface PreferencesState {
  /** null until the user picks one: the deployment's default locale applies. */
  locale: Locale | null;
  density: Density;
  sidebarCollapsed: boolean;
  /** Keyed by `tablePreferenceKey(userId, tableId)`: people sharing a browser keep their own views. */
  tables: Record<string, TablePreference>;
  setLocale: (locale: Locale) => void;
  setDensity: (density: Density) => void;
  setSidebarCollapsed: (collapsed: boolean) => void;
  setTablePreference: (key: string, patch: Partial<TablePreference>) => void;
}

/** Per-browser preferences that outlive a session: language, table density, sidebar state, table views. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: null,
      density: 'comfortable',
      sidebarCollapsed: false,
      tables: {},
      setLocale: (locale) => set({ locale }),
      setDensity: (density) => set({ density }),
      setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
      setTablePreference: (key, patch) =>
        set((state) => ({
          tables: {
            ...state.tables,
            [key]: { hiddenColumns: [], ...state.tables[key], ...patch },
          },
        })),
    }),
    {
      name: 'order-desk.preferences',
      storage: createJSONStorage(() => localStorage),
      version: 1,
      partialize: ({ locale, density, sidebarCollapsed, tables }) => ({
        locale,
        density,
        sidebarCollapsed,
        tables,
      }),
    },
  ),
);

export function useDensity(): Density {
  return usePreferences((state) => state.density);
}

export function tablePreferenceKey(userId: string | null | undefined, tableId: string): string {
  return `${userId ?? 'anonymous'}:${tableId}`;
}

const NO_HIDDEN: readonly string[] = [];

/**
 * A table's view for the signed-in user: hidden columns and density (their own, else the general
 * density preference), with setters that persist them.
 */
export function useTablePreference(userId: string | null | undefined, tableId: string) {
  const key = tablePreferenceKey(userId, tableId);
  const hiddenColumns = usePreferences((state) => state.tables[key]?.hiddenColumns ?? NO_HIDDEN);
  const density = usePreferences((state) => state.tables[key]?.density ?? state.density);
  const setTablePreference = usePreferences((state) => state.setTablePreference);
  return {
    hiddenColumns,
    density,
    setHiddenColumns: (hidden: readonly string[]) =>
      setTablePreference(key, { hiddenColumns: hidden }),
    setDensity: (next: Density) => setTablePreference(key, { density: next }),
  };
}
