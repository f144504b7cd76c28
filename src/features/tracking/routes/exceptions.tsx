import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { ExceptionItem } from '@/api/contract/tracking';
import type { Location } from '@/api/contract/reference';
import { useCurrentUser } from '@/api/session-store';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import { DataTable, ListCount, Pagination, pageQueryTableProps } from '@/components/table';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { useLocations } from '../api/list-locations';
import { useTrackingExceptions } from '../api/list-exceptions';
import { useExceptionColumns, WAITED_COLUMN } from '../components/exception-columns';
import { ExceptionFilters } from '../components/exception-filters';
import { KindTabs, kindTabId } from '../components/kind-tabs';
import { ResolutionDialogs, type Resolving } from '../components/resolve/lazy';
import { EXCEPTION_PAGE_SIZES, exceptionQueryOf, isFiltered } from '../lib/exception-params';
import { offeredActions } from '../lib/offered-actions';
import { useExceptionListState } from '../lib/use-exception-list-state';

const rowId = (item: ExceptionItem) => item.shipmentId;
const NO_LOCATIONS: readonly Location[] = [];

/** 物流异常: the parcels that need someone, longest waiting first, and what can be done about each. */
export function Component() {
  const { t, i18n } = useTranslation('tracking');
  const user = useCurrentUser();
  const role = user?.role;
  const density = useDensity();
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;
  const { state, update, clear } = useExceptionListState();
  const query = useMemo(() => exceptionQueryOf(state), [state]);
  const exceptions = useTrackingExceptions(query);
  const locations = useLocations();
  const [resolving, setResolving] = useState<Resolving | null>(null);

  const actionsFor = useCallback(
    (item: ExceptionItem) => (role ? offeredActions(role, item) : []),
    [role],
  );
  const onAction = useCallback(
    (item: ExceptionItem, action: ResolutionAction) => setResolving({ item, action }),
    [],
  );
  // Waits are measured from when the page was answered, the moment the server's list describes
  // (0 only before there are rows to measure).
  const now = exceptions.dataUpdatedAt;
  const columns = useExceptionColumns(now, actionsFor, onAction);
  const page = exceptions.data;
  const total = page?.total;

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        description={t('description')}
        meta={
          total !== undefined && (
            <ListCount>{t('count', { total: formatNumber(total, i18n.language) })}</ListCount>
          )
        }
      />
      <ExceptionFilters
        state={state}
        locations={locations.data ?? NO_LOCATIONS}
        onChange={update}
        onClear={clear}
      />
      <KindTabs
        value={state.kind}
        onChange={(kind) => update({ kind })}
        counts={page?.counts}
        allCount={state.kind === '' ? total : undefined}
        panelId={panelId}
        idPrefix={idPrefix}
      />
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={kindTabId(idPrefix, state.kind)}
        className="flex flex-col gap-2"
      >
        <DataTable
          label={t('tableLabel')}
          columns={columns}
          {...pageQueryTableProps(exceptions)}
          getRowId={rowId}
          sorting={[{ id: WAITED_COLUMN, desc: state.order === 'longest' }]}
          onSortingChange={(sorting) =>
            update({ order: sorting[0]?.desc === false ? 'shortest' : 'longest' })
          }
          density={density}
          maxHeight="calc(100dvh - 20rem)"
          empty={
            <EmptyState
              title={t('empty')}
              description={isFiltered(state) ? t('emptyFilteredHint') : t('emptyHint')}
            />
          }
        />
        {total !== undefined && total > 0 && (
          <Pagination
            page={state.page}
            pageSize={state.pageSize}
            total={total}
            pageSizes={EXCEPTION_PAGE_SIZES}
            onPageChange={(next) => update({ page: next })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        )}
      </div>
      <ResolutionDialogs resolving={resolving} onClose={() => setResolving(null)} />
    </div>
  );
}
