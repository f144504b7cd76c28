import { useTranslation } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { RefreshIcon } from '@/components/icons';

/**
 * "N new orders — show": arriving orders are announced, never slipped into the rows under the
 * user's cursor. Showing them moves the list's pin to now.
 */
export function NewOrdersBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t, i18n } = useTranslation('orders');
  return (
    <div role="status" aria-live="polite" className="min-h-0">
      {count > 0 && (
        <div className="flex items-center justify-between gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-900">
          <span>{t('newOrders.count', { count, n: formatNumber(count, i18n.language) })}</span>
          <button
            type="button"
            onClick={onShow}
            className="inline-flex items-center gap-1 rounded font-medium text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            <RefreshIcon className="size-3.5" />
            {t('newOrders.show')}
          </button>
        </div>
      )}
    </div>
  );
}
