import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '@/i18n';
import type { ReplenishmentLine } from '@/api/contract/inventory';
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
  type RowSelection,
} from '@/components/table';
import { formatNumber } from '@/lib/format';
import { useDensity } from '@/lib/preferences';
import { useUrlListState } from '@/lib/url-list-state';
import { useLocations } from '../api/list-locations';
import { useReplenishment } from '../api/replenishment-list';
import { ExportAllDialog } from '../components/replenishment/export-all-dialog';
import { useReplenishmentColumns } from '../components/replenishment/replenishment-columns';
import { ReplenishmentFilters } from '../components/replenishment/replenishment-filters';
import { ReviewBar } from '../components/replenishment/review-bar';
import { lineKey } from '../lib/replenishment-line';
import {
  DEFAULT_REPLENISHMENT_LIST,
  isReplenishmentFiltered,
  parseReplenishmentParams,
  replenishmentFilterOf,
  replenishmentQueryOf,
  toReplenishmentParams,
} from '../lib/replenishment-params';
import { useReviewStore, type ReviewStore } from '../lib/replenishment-review';

const NO_LOCATIONS: readonly Location[] = [];
const NO_LINES: readonly ReplenishmentLine[] = [];

/**
 * The checkbox column: a tick puts a line into the review (across pages and filters), Shift
 * extends from the last ticked line on the page.
 */
function useReviewSelection(
  review: ReviewStore,
  lines: readonly ReplenishmentLine[],
): RowSelection<ReplenishmentLine> {
  const { t } = useTranslation('replenishment');
  const reviewed = useStore(review, (state) => state.lines);
  const lastToggled = useRef<string | null>(null);

  return useMemo(() => {
    const onPage = lines.filter((line) => lineKey(line) in reviewed).length;
    return {
      isSelected: (rowId) => rowId in reviewed,
      onToggle: (rowId, range) => {
        const index = lines.findIndex((line) => lineKey(line) === rowId);
        const target = lines[index];
        if (!target) return;
        const tick = !(rowId in reviewed);
        const from = range ? lines.findIndex((line) => lineKey(line) === lastToggled.current) : -1;
        const span =
          from < 0 ? [target] : lines.slice(Math.min(from, index), Math.max(from, index) + 1);
        review.getState().setReviewed(span, tick);
        lastToggled.current = rowId;
      },
      page: onPage === 0 ? 'none' : onPage === lines.length ? 'all' : 'some',
      onTogglePage: () => review.getState().setReviewed(lines, onPage < lines.length),
      rowLabel: (line) => t('review.selectLine', { sku: line.sku, location: line.locationName }),
      pageLabel: t('review.selectPage'),
    };
  }, [lines, reviewed, review, t]);
}

export function Component() {
  const { t, i18n } = useTranslation('replenishment');
  const { state, update, replace } = useUrlListState(
    parseReplenishmentParams,
    toReplenishmentParams,
  );
  const clear = useCallback(
    () => replace((current) => ({ ...DEFAULT_REPLENISHMENT_LIST, pageSize: current.pageSize })),
    [replace],
  );
  const density = useDensity();
  const user = useCurrentUser();
  const review = useReviewStore(user?.id ?? '');
  const list = useReplenishment(useMemo(() => replenishmentQueryOf(state), [state]));
  const filter = useMemo(() => replenishmentFilterOf(state), [state]);
  const locations = useLocations();
  const columns = useReplenishmentColumns(review);
  const lines = list.data?.items ?? NO_LINES;
  const selection = useReviewSelection(review, lines);
  const [exporting, setExporting] = useState(false);

  // Reviewed lines keep the figures last seen, so an export of the review is as current as the list.
  useEffect(() => {
    if (list.data) review.getState().refresh(list.data.items);
  }, [list.data, review]);

  const filtered = isReplenishmentFiltered(state);
  const total = list.data?.total;

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title={t('title')}
        description={t('description')}
        meta={
          total !== undefined && (
            <ListCount>
              {t('summary', { count: total, n: formatNumber(total, i18n.language) })}
            </ListCount>
          )
        }
        actions={
          <Button
            onClick={() => setExporting(true)}
            disabled={total === undefined}
            title={t('export.allLabel')}
          >
            {t('export.all')}
          </Button>
        }
      />
      <ReplenishmentFilters
        state={state}
        locations={locations.data ?? NO_LOCATIONS}
        onChange={update}
        onClear={clear}
      />
      <ReviewBar review={review} />
      <DataTable
        label={t('tableLabel')}
        columns={columns}
        {...pageQueryTableProps(list)}
        getRowId={lineKey}
        density={density}
        selection={selection}
        maxHeight="calc(100dvh - 19rem)"
        empty={
          filtered ? (
            <EmptyState title={t('emptyFiltered')} description={t('emptyFilteredHint')} />
          ) : (
            <EmptyState title={t('empty')} description={t('emptyHint')} />
          )
        }
      />
      <ListPagination state={state} total={total} onChange={update} />
      <ExportAllDialog
        open={exporting}
        onOpenChange={setExporting}
        filter={filter}
        total={total ?? 0}
        review={review}
      />
    </div>
  );
}
