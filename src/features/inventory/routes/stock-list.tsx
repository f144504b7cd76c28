import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import type { Location, StockLevel } from '@/api/contract/reference';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import { DataTable, ListCount, ListPagination, pageQueryTableProps } from '@/components/table';
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

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        meta={
          stock.data && (
            <ListCount>
              {t('count', { total: formatNumber(stock.data.total, i18n.language) })}
            </ListCount>
          )
        }
      />
      <StockFilters state={state} locations={locationList} onChange={update} onClear={clear} />
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        {...pageQueryTableProps(stock)}
        getRowId={stockRowId}
        density={density}
        maxHeight="calc(100dvh - 15rem)"
        empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
      <ListPagination state={state} total={stock.data?.total} onChange={update} />
    </div>
  );
}
