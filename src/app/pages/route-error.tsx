import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { useErrorMessage, isChunkLoadError } from '@/components/error-message';
import { AlertIcon } from '@/components/icons';
import { NotFoundPage } from './not-found';

/**
 * What a route shows when its page fails to load or render. "Retry" renders the route again
 * after fetching failed data anew; a missing code chunk (the app was redeployed) needs a reload.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation('common');
  const message = useErrorMessage(error);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const chunkMissing = isChunkLoadError(error);

  function retry() {
    if (chunkMissing) {
      window.location.reload();
      return;
    }
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    // Navigating to the same place gives the route a new location, which clears its error.
    void navigate(location, { replace: true });
  }

  return (
    <section role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-3 py-20 text-center">
      <AlertIcon className="size-8 text-red-500" />
      <h1 className="text-xl font-semibold text-slate-900">{t('error.title')}</h1>
      <p className="text-sm text-slate-600">{message}</p>
      <Button variant="primary" onClick={retry} className="mt-2">
        {chunkMissing ? t('actions.reload') : t('actions.retry')}
      </Button>
    </section>
  );
}
