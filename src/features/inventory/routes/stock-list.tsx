import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { Location, StockLevel } from '@/api/contract/reference';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState } from '@/components/states';
import { DataTable, Pagination } from '@/components/table';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { useLocations } from '../api/list-locations';
import { useStock } from '../api/list-stock';
import { useStockColumns } from '../components/stock-columns';
import { StockFilters } from '../components/stock-filters';
import { stockQueryOf } from '../lib/stock-params';
import { useStockListState } from '../lib/use-stock-list-state';

const stockRowId = (row: StockLevel) => `${row.productId}@${row.locationId}`;
const NO_LOCATIONS: readonly Location[] = [];

export function Component() {
  const { t, i18n } = useTranslation('inventory');
  const { state, update, clear } = useStockListState();
  const density = useDensity();
  const stock = useStock(useMemo(() => stockQueryOf(state), [state]));
  const locations = useLocations();
  const locationList = locations.data ?? NO_LOCATIONS;
  const locationsById = useMemo(
    () => new Map(locationList.map((location) => [location.id, location])),
    [locationList],
  );
  const columns = useStockColumns(locationsById);
  const total = stock.data?.total ?? 0;

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        meta={
          stock.data && (
            <span className="text-sm text-slate-600" aria-live="polite">
              {t('count', { total: formatNumber(total, i18n.language) })}
            </span>
          )
        }
      />
      <StockFilters state={state} locations={locationList} onChange={update} onClear={clear} />
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        data={stock.data?.items}
        getRowId={stockRowId}
        density={density}
        maxHeight="calc(100dvh - 15rem)"
        isLoading={stock.isPending}
        isFetching={stock.isFetching && stock.isPlaceholderData}
        error={
          stock.isError ? (
            <ErrorState error={stock.error} onRetry={() => void stock.refetch()} />
          ) : undefined
        }
        empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
      {stock.data && total > 0 && (
        <Pagination
          page={state.page}
          pageSize={state.pageSize}
          total={total}
          onPageChange={(page) => update({ page })}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      )}
    </div>
  );
}
