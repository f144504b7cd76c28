import { useMemo } from 'react';
import { Link } from 'react-router';
import { createDataColumnHelper, DataTable } from '@/components/table';
import { useDensity } from '@/lib/preferences';
import type { ChartCell, ChartRow, ChartTableModel } from '../../lib/chart-csv';

const column = createDataColumnHelper<ChartRow>();
const rowId = (row: ChartRow) => row.id;

function CellContent({ cell }: { cell: ChartCell | undefined }) {
  if (!cell) return null;
  if (!cell.link) return <>{cell.text}</>;
  return (
    <Link
      to={cell.link.href}
      aria-label={cell.link.label}
      className="text-accent-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
    >
      {cell.text}
    </Link>
  );
}

/** A chart's numbers as a table, the same the CSV export writes; every count opens its orders. */
export function ChartTable({ caption, table }: { caption: string; table: ChartTableModel }) {
  const density = useDensity();
  const columns = useMemo(
    () =>
      column.columns(
        table.columns.map((spec, index) =>
          column.accessor((row) => row.cells[index]?.text ?? '', {
            id: spec.key,
            header: spec.header,
            meta: { align: spec.align ?? 'start', nowrap: spec.nowrap },
            cell: (info) => <CellContent cell={info.row.original.cells[index]} />,
          }),
        ),
      ),
    [table.columns],
  );
  return (
    <DataTable
      label={caption}
      columns={columns}
      data={table.rows}
      getRowId={rowId}
      density={density}
      stickyHeader={false}
    />
  );
}
