import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from '@/i18n';
import type { RowEdit } from './draft';
import { PreviewTableRow } from './preview-row';
import { rowStateOf, type PreviewRow } from './rows';

const ROW_HEIGHT_ESTIMATE = 45;
/** jsdom and a frame not laid out yet have no height: still show a screenful. */
const UNMEASURED_VIEWPORT = 720;

interface PreviewTableProps {
  rows: readonly PreviewRow[];
  errorsFirst: boolean;
  disabled: boolean;
  onEdit: (id: number, edit: RowEdit) => void;
  onRemove: (id: number) => void;
}

/** Every row of the batch, windowed: 10,000 rows render as the few dozen in view. */
export function PreviewTable({ rows, errorsFirst, disabled, onEdit, onRemove }: PreviewTableProps) {
  const { t } = useTranslation('waybill-import');
  const frame = useRef<HTMLDivElement>(null);

  // Errors first: the order of the rows' indexes; otherwise the rows as they are (no list of
  // 10,000 made again on every answer from the backend).
  const order = useMemo(() => {
    if (!errorsFirst) return null;
    const errors: number[] = [];
    const others: number[] = [];
    rows.forEach((row, index) => (rowStateOf(row) === 'error' ? errors : others).push(index));
    return [...errors, ...others];
  }, [rows, errorsFirst]);
  const lineAt = (position: number): { row: PreviewRow; line: number } | null => {
    const index = order ? order[position] : position;
    const row = index === undefined ? undefined : rows[index];
    return index === undefined || !row ? null : { row, line: index + 1 };
  };

  // The virtualizer hands out new functions on every scroll; this table re-renders from them on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => frame.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 8,
    getItemKey: (position) => lineAt(position)?.row.id ?? position,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_VIEWPORT }),
      ),
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={frame}
      role="group"
      aria-label={t('preview.title')}
      // A scrolling frame must be reachable by keyboard to be scrolled.
      tabIndex={0}
      className="max-h-[60vh] overflow-auto rounded-md border border-slate-200 bg-white"
    >
      <table className="w-full table-fixed border-collapse text-left">
        <caption className="sr-only">{t('preview.title')}</caption>
        <colgroup>
          <col className="w-14" />
          <col className="w-52" />
          <col className="w-56" />
          <col className="w-44" />
          <col />
          <col className="w-12" />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50 text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2 text-right">
              {t('preview.line')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('preview.orderNumber')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('preview.waybill')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('preview.carrier')}
            </th>
            <th scope="col" className="px-2 py-2">
              {t('preview.verdict')}
            </th>
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">{t('preview.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={6} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const entry = lineAt(item.index);
            if (!entry) return null;
            return (
              <PreviewTableRow
                key={entry.row.id}
                index={item.index}
                measureRef={virtualizer.measureElement}
                row={entry.row}
                line={entry.line}
                disabled={disabled}
                onEdit={onEdit}
                onRemove={onRemove}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={6} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
