import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { useErrorMessage, isChunkLoadError } from '@/components/error-message';
import { AlertIcon } from '@/components/icons';

interface RouteErrorProps {
  error: unknown;
  /** Renders the failed page again. */
  onRetry: () => void;
}

/**
 * What a route shows when its page fails to load or render. "Retry" renders the route again
 * after fetching failed data anew; a missing code chunk (the app was redeployed) needs a reload.
 */
export function RouteError({ error, onRetry }: RouteErrorProps) {
  const { t } = useTranslation('common');
  const message = useErrorMessage(error);
  const queryClient = useQueryClient();
  const chunkMissing = isChunkLoadError(error);

  function retry() {
    if (chunkMissing) {
      window.location.reload();
      return;
    }
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    onRetry();
  }

  return (
    <section
      role="alert"
      className="mx-auto flex max-w-lg flex-col items-center gap-3 py-20 text-center"
    >
      <AlertIcon className="size-8 text-red-500" />
      <h1 className="text-xl font-semibold text-slate-900">{t('error.title')}</h1>
      <p className="text-sm text-slate-600">{message}</p>
      <Button variant="primary" onClick={retry} className="mt-2">
        {chunkMissing ? t('actions.reload') : t('actions.retry')}
      </Button>
    </section>
  );
}
