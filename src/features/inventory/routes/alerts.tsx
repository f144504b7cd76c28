import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import type { StockAlert } from '@/api/contract/inventory';
import type { Location } from '@/api/contract/reference';
import { useRuntimeConfig } from '@/api/runtime-context';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states';
import {
  DataTable,
  ListCount,
  ListPagination,
  pageQueryTableProps,
  type RowSelection,
} from '@/components/table';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { useAlerts } from '../api/alerts-queries';
import { useLocations } from '../api/list-locations';
import { AlertBulkBar } from '../components/alerts/alert-bulk-bar';
import { useAlertColumns } from '../components/alerts/alert-columns';
import { AlertFilters } from '../components/alerts/alert-filters';
import { SnoozeDialog } from '../components/alerts/snooze-dialog';
import { alertQueryOf } from '../lib/alert-params';
import { useAlertListState } from '../lib/alert-list-state';
import { useAlertSelection } from '../lib/alert-selection';

const alertRowId = (alert: StockAlert) => alert.id;
const NO_LOCATIONS: readonly Location[] = [];

export function Component() {
  const { t, i18n } = useTranslation('stock-alerts');
  const { timeZone: defaultTimeZone } = useRuntimeConfig();
  const { state, update, clear } = useAlertListState();
  const density = useDensity();
  const query = useMemo(() => alertQueryOf(state), [state]);
  const alerts = useAlerts(query);
  const locations = useLocations();
  const locationList = locations.data ?? NO_LOCATIONS;
  const timeZoneOf = useCallback(
    (locationId: string) =>
      locationList.find((location) => location.id === locationId)?.timeZone ?? defaultTimeZone,
    [locationList, defaultTimeZone],
  );
  const [snoozing, setSnoozing] = useState<StockAlert | null>(null);
  const columns = useAlertColumns(timeZoneOf, setSnoozing);
  const rows = alerts.data?.items;
  const selection = useAlertSelection(rows, query, (alert) =>
    t('bulk.selectRow', { sku: alert.sku, location: alert.locationName }),
  );
  const tableSelection: RowSelection<StockAlert> = {
    ...selection.table,
    pageLabel: t('bulk.selectPage'),
  };

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        description={t('description')}
        meta={
          alerts.data && (
            <ListCount>
              {t('count', { total: formatNumber(alerts.data.total, i18n.language) })}
            </ListCount>
          )
        }
      />
      <AlertFilters state={state} locations={locationList} onChange={update} onClear={clear} />
      <AlertBulkBar
        selected={selection.selected}
        timeZone={defaultTimeZone}
        onDone={selection.clear}
        onClear={selection.clear}
      />
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        {...pageQueryTableProps(alerts)}
        getRowId={alertRowId}
        density={density}
        selection={tableSelection}
        maxHeight="calc(100dvh - 17rem)"
        empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
      />
      <ListPagination state={state} total={alerts.data?.total} onChange={update} />
      <SnoozeDialog
        alert={snoozing}
        timeZone={snoozing ? timeZoneOf(snoozing.locationId) : defaultTimeZone}
        onClose={() => setSnoozing(null)}
      />
    </div>
  );
}
