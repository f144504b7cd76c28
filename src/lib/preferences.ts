import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Locale } from './locales';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

interface PreferencesState {
  /** null until the user picks one: the deployment's default locale applies. */
  locale: Locale | null;
  density: Density;
  sidebarCollapsed: boolean;
  setLocale: (locale: Locale) => void;
  setDensity: (density: Density) => void;
  setSidebarCollapsed: (collapsed: boolean) => void;
}

/** Per-browser preferences that outlive a session: language, table density, sidebar state. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: null,
      density: 'comfortable',
      sidebarCollapsed: false,
      setLocale: (locale) => set({ locale }),
      setDensity: (density) => set({ density }),
      setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
    }),
    {
      name: 'order-desk.preferences',
      storage: createJSONStorage(() => localStorage),
      version: 1,
      partialize: ({ locale, density, sidebarCollapsed }) => ({
        locale,
        density,
        sidebarCollapsed,
      }),
    },
  ),
);

export function useDensity(): Density {
  return usePreferences((state) => state.density);
}
