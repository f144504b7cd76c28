import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { I18n } from '@/i18n';
import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from '@/i18n';
import type { Backend } from '@/api/backend';
import { BackendProvider } from '@/api/backend-context';
import type { DemoControls, RuntimeConfig } from '@/api/contract/runtime';
import { RuntimeProvider } from '@/api/runtime-context';
import { Toaster } from '@/components/toast';
import { useDensity } from '@/lib/preferences';

export interface AppServices {
  backend: Backend;
  config: RuntimeConfig;
  demo: DemoControls | null;
  queryClient: QueryClient;
  i18n: I18n;
}

/** Table density is a document-wide style switch, so any table can follow it from CSS. */
function DensityAttribute() {
  const density = useDensity();
  useEffect(() => {
    document.documentElement.dataset.density = density;
  }, [density]);
  return null;
}

/** Everything a page needs above it: data, backend, runtime settings, translations and toasts. */
export function AppProviders({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  const { backend, config, demo, queryClient, i18n } = services;
  return (
    <I18nProvider i18n={i18n}>
      <RuntimeProvider runtime={{ config, demo }}>
        <BackendProvider backend={backend}>
          <QueryClientProvider client={queryClient}>
            <DensityAttribute />
            {children}
            <Toaster />
          </QueryClientProvider>
        </BackendProvider>
      </RuntimeProvider>
    </I18nProvider>
  );
}
