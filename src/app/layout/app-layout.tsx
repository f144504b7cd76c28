import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '@/components/states';
import { useTranslation } from '@/i18n';
import { usePageLoading } from '../lazy-page';
import { RouteBoundary } from '../route-boundary';
import { Sidebar } from './sidebar';
import { AppHeader } from './app-header';
import { usePageFocus } from './use-page-focus';

const MAIN_ID = 'main';

/** The frame around every signed-in page: sidebar, header, and the page itself. */
export function AppLayout() {
  const { t } = useTranslation('common');
  const loading = usePageLoading();
  usePageFocus(MAIN_ID);
  return (
    <div className="flex h-screen overflow-hidden bg-slate-50 text-slate-900">
      <a
        href={`#${MAIN_ID}`}
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[70] focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        {t('nav.skipToContent')}
      </a>
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <AppHeader />
        {loading && <div aria-hidden="true" className="h-0.5 w-full animate-pulse bg-accent-500" />}
        <main
          id={MAIN_ID}
          tabIndex={-1}
          aria-busy={loading || undefined}
          className="min-h-0 flex-1 overflow-auto px-6 py-5 outline-none"
        >
          <RouteBoundary>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </RouteBoundary>
        </main>
      </div>
    </div>
  );
}
