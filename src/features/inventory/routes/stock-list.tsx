import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { StockLevel } from '@/api/contract/inventory';
import type { Location } from '@/api/contract/reference';
import { useCurrentUser } from '@/api/session-store';
import { Button } from '@/components/button';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListCount,
  ListPagination,
  pageQueryTableProps,
  sortingFromParam,
  sortParamFrom,
} from '@/components/table';
import { canEditThresholds } from '@/domain/access';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { useCategories } from '../api/list-categories';
import { useLocations } from '../api/list-locations';
import { useStock } from '../api/list-stock';
import { useStockColumns } from '../components/stock-columns';
import { StockFilters } from '../components/stock-filters';
import type { StockAction } from '../components/stock-row-actions';
import {
  LazyAdjustStockDialog,
  LazyCategoryThresholdsDialog,
  LazyStockChangesDialog,
  LazyThresholdsDialog,
} from '../components/stock/lazy';
import { stockQueryOf, stockSortOf } from '../lib/stock-params';
import { locationsInScope, stockPermissionsAt } from '../lib/stock-permissions';
import { useStockListState } from '../lib/use-stock-list-state';

const stockRowId = (row: StockLevel) => `${row.productId}@${row.locationId}`;
const NO_LOCATIONS: readonly Location[] = [];
const NO_CATEGORIES: readonly string[] = [];
const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

export function Component() {
  const { t, i18n } = useTranslation('inventory');
  const { state, update, clear } = useStockListState();
  const density = useDensity();
  const user = useCurrentUser();
  const stock = useStock(useMemo(() => stockQueryOf(state), [state]));
  const locations = useLocations();
  const categories = useCategories();
  const locationList = locations.data ?? NO_LOCATIONS;
  const locationsById = useMemo(
    () => new Map(locationList.map((location) => [location.id, location])),
    [locationList],
  );
  const scopedLocations = useMemo(() => locationsInScope(user, locationList), [user, locationList]);

  // The row a dialog is about, and the newest copy of it the list has.
  const [action, setAction] = useState<{ kind: StockAction; row: StockLevel } | null>(null);
  const [settingCategory, setSettingCategory] = useState(false);
  const latest = useMemo(
    () => new Map((stock.data?.items ?? []).map((row) => [stockRowId(row), row])),
    [stock.data],
  );
  const acting = action ? (latest.get(stockRowId(action.row)) ?? action.row) : null;
  const actingLocation = acting ? locationsById.get(acting.locationId) : undefined;
  const dialogProps = (kind: StockAction) => ({
    level: action?.kind === kind ? acting : null,
    locationName: actingLocation?.name ?? acting?.locationId ?? '',
    timeZone: actingLocation?.timeZone ?? FALLBACK_TIME_ZONE,
    onClose: () => setAction(null),
  });

  const permissionsOf = useCallback(
    (row: StockLevel) => stockPermissionsAt(user, locationsById.get(row.locationId)),
    [user, locationsById],
  );
  const onAction = useCallback(
    (kind: StockAction, row: StockLevel) => setAction({ kind, row }),
    [],
  );
  const columns = useStockColumns({ locationsById, permissionsOf, onAction });
  const mayEditThresholds =
    user !== null && canEditThresholds(user.role) && scopedLocations.length > 0;
  const filtered = state.q || state.locationId || state.category || state.status;

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
        actions={
          mayEditThresholds && (
            <Button size="sm" onClick={() => setSettingCategory(true)}>
              {t('category.open')}
            </Button>
          )
        }
      />
      <StockFilters state={state} locations={scopedLocations} onChange={update} onClear={clear} />
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        {...pageQueryTableProps(stock)}
        getRowId={stockRowId}
        sorting={sortingFromParam(state.sort)}
        onSortingChange={(sorting) => update({ sort: stockSortOf(sortParamFrom(sorting)) })}
        density={density}
        maxHeight="calc(100dvh - 15rem)"
        empty={
          <EmptyState title={t('empty')} description={filtered ? t('emptyHint') : t('emptyNone')} />
        }
      />
      <ListPagination state={state} total={stock.data?.total} onChange={update} />
      <LazyAdjustStockDialog {...dialogProps('adjust')} />
      <LazyThresholdsDialog {...dialogProps('thresholds')} />
      <LazyStockChangesDialog {...dialogProps('changes')} />
      {mayEditThresholds && (
        <LazyCategoryThresholdsDialog
          open={settingCategory}
          onOpenChange={setSettingCategory}
          categories={categories.data ?? NO_CATEGORIES}
          locations={scopedLocations}
          initialCategory={state.category}
          initialLocationIds={state.locationId ? [state.locationId] : []}
        />
      )}
    </div>
  );
}
