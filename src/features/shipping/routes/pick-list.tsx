import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '@/i18n';
import { Button, buttonClasses } from '@/components/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { paths } from '@/lib/paths';
import { usePickList } from '../api/pick-list';
import { PrintSheets } from '../components/pick-list/print-sheets';
import { PrintViewSwitch, type PrintView } from '../components/pick-list/print-view-switch';

const VIEWS: readonly PrintView[] = ['all', 'pick', 'slips'];

/**
 * The print view of a location's pick list and packing slips: on screen a toolbar to print or go
 * back; on paper (A4) only the sheets, each packing slip on its own page.
 */
export function Component() {
  const { t } = useTranslation('pick-list');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const locationId = params.get('locationId') ?? '';
  const orderIds = params.getAll('orderId');
  const view = VIEWS.find((candidate) => candidate === params.get('view')) ?? 'all';
  const orderKey = orderIds.join(',');
  const query = useMemo(
    () => ({ locationId, ...(orderKey ? { orderId: orderKey.split(',') } : {}) }),
    [locationId, orderKey],
  );
  const pickList = usePickList(query);

  function setView(next: PrintView) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'all') updated.delete('view');
        else updated.set('view', next);
        return updated;
      },
      { replace: true },
    );
  }

  if (!locationId) {
    return (
      <EmptyState
        title={t('noLocation')}
        action={
          <Link to={paths.shipping} className={buttonClasses('secondary')}>
            {t('back')}
          </Link>
        }
      />
    );
  }

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4 print:max-w-none">
      <div
        role="toolbar"
        aria-label={t('toolbar')}
        className="flex flex-wrap items-center justify-between gap-3 print:hidden"
      >
        <div className="flex items-center gap-2">
          <Button
            onClick={() => {
              // Opened from the overview, Back returns there with its filters; opened directly, to the overview.
              const depth = (window.history.state as { idx?: number } | null)?.idx ?? 0;
              if (depth > 0) void navigate(-1);
              else void navigate(paths.shipping);
            }}
          >
            {t('back')}
          </Button>
          <h1 className="text-lg font-semibold text-slate-900">{t('title')}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <PrintViewSwitch value={view} onChange={setView} />
          <Button variant="primary" onClick={() => window.print()} disabled={!pickList.data}>
            {t('print')}
          </Button>
        </div>
      </div>
      {pickList.isPending ? (
        <LoadingState />
      ) : pickList.isError ? (
        <ErrorState error={pickList.error} onRetry={() => void pickList.refetch()} />
      ) : (
        <PrintSheets list={pickList.data} view={view} />
      )}
    </div>
  );
}
