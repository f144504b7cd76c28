import type { Row, RowData } from '@tanstack/react-table';
import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { DataRow, type RowEvents, type TableDensity } from './data-row';
import type { DataTableFeatures } from './features';

const UNMEASURED_VIEWPORT = 720;

/** Rows' height before they are measured: the virtualizer's first guess of the page's length. */
const ROW_HEIGHT_ESTIMATE: Record<TableDensity, number> = { comfortable: 53, compact: 37 };

/** Stands in for the rows above or below the rendered window, so the scrollbar shows the whole page. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

/**
 * The window of rows in view of `scrollRef` (none while `enabled` is false). Called by the table
 * itself rather than by VirtualRows: the virtualizer finds its scroll frame in a layout effect,
 * and the frame's ref is set only before the layout effects of components above the frame.
 */
export function useRowWindow<TData extends RowData>(
  rows: readonly Row<DataTableFeatures, TData>[],
  scrollRef: RefObject<HTMLDivElement | null>,
  density: TableDensity,
  enabled: boolean,
): Virtualizer<HTMLDivElement, HTMLTableRowElement> {
  // The compiler skips the component calling this because the virtualizer's functions change on
  // every scroll; that is what it should do here, since rows must re-render from fresh measurements.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  return useVirtualizer({
    count: enabled ? rows.length : 0,
    // A page short enough to render whole needs no observers and no measuring (each measure forces
    // a layout of the table).
    enabled,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE[density],
    overscan: 6,
    getItemKey: (index) => rows[index]?.id ?? index,
    // A frame not laid out yet (or without layout at all) still shows a screenful of rows.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }),
      ),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : ROW_HEIGHT_ESTIMATE[density];
    },
  });
}

/** The body rows of a long page: those in the window, with spacers standing in for the rest. */
export function VirtualRows<TData extends RowData>({
  rows,
  virtualizer,
  columnCount,
  density,
  selectedOf,
  events,
  columns,
}: {
  rows: readonly Row<DataTableFeatures, TData>[];
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>;
  columnCount: number;
  density: TableDensity;
  selectedOf: (rowId: string) => boolean | undefined;
  events: RowEvents<TData>;
  /** Passed to each row so new column definitions re-render it (see DataRow). */
  columns: unknown;
}) {
  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);
  return (
    <>
      {paddingTop > 0 && <SpacerRow height={paddingTop} columnCount={columnCount} />}
      {virtualItems.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <DataRow
            key={row.id}
            row={row}
            ariaRowIndex={item.index + 2}
            selected={selectedOf(row.id)}
            density={density}
            events={events}
            columns={columns}
            measure={virtualizer.measureElement}
            virtualIndex={item.index}
          />
        );
      })}
      {paddingBottom > 0 && <SpacerRow height={paddingBottom} columnCount={columnCount} />}
    </>
  );
}
