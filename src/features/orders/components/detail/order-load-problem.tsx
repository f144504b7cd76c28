import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { isApiError } from '@/api/errors';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';

/** What to show while an order loads, or why it cannot be shown (missing, out of scope, failed). */
export function OrderLoadProblem({ query }: { query: UseQueryResult<Order> }) {
  const { t } = useTranslation('orders');
  if (query.isPending) return <LoadingState label={t('detail.loading')} />;
  if (!query.isError) return null;
  const error = query.error;
  const content = isApiError(error, 'not_found') ? (
    <EmptyState title={t('detail.notFound')} description={t('detail.notFoundHint')} />
  ) : isApiError(error, 'out_of_scope') || isApiError(error, 'forbidden') ? (
    <EmptyState title={t('detail.outOfScope')} description={t('detail.outOfScopeHint')} />
  ) : (
    <ErrorState error={error} onRetry={() => void query.refetch()} />
  );
  return (
    <div role="alert" className="rounded-md border border-slate-200 bg-white">
      {content}
    </div>
  );
}
