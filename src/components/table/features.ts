import {
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type RowData,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';

export interface DataColumnMeta {
  /** Numbers and money align to the end so digits line up. */
  align?: 'start' | 'end' | 'center';
  /** CSS width of the column, e.g. '8rem'. */
  width?: string;
  /** The column's width on long pages, whose columns are sized from the header alone (fixed layout). */
  fixedWidth?: string;
  /** Keeps long text on one line (ellipsis) instead of wrapping. */
  nowrap?: boolean;
}

/** The features every server-side data table registers: sorting state only, the server sorts and pages. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

/** What `createDataColumnHelper<T>().columns([...])` returns and `DataTable` accepts. */
export type DataColumns<TData extends RowData> = TableOptions<DataTableFeatures, TData>['columns'];

export function createDataColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

/** "-placedAt" -> [{ id: 'placedAt', desc: true }]: the URL keeps the server's sort syntax. */
export function sortingFromParam(param: string | null | undefined): SortingState {
  if (!param) return [];
  const desc = param.startsWith('-');
  const id = desc ? param.slice(1) : param;
  return id ? [{ id, desc }] : [];
}

export function sortParamFrom(sorting: SortingState): string | undefined {
  const first = sorting[0];
  if (!first) return undefined;
  return first.desc ? `-${first.id}` : first.id;
}
