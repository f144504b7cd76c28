export { DataTable, type DataTableProps, type RowSelection } from './data-table';
export { type TableDensity } from './data-row';
export { Pagination, pageCount, DEFAULT_PAGE_SIZES, type PaginationProps } from './pagination';
export {
  createDataColumnHelper,
  dataTableFeatures,
  sortingFromParam,
  sortParamFrom,
  type DataColumnMeta,
  type DataColumns,
  type DataTableFeatures,
} from './features';
export { useTableTranslation, TABLE_NAMESPACE } from './messages';
export { FirstItemCell, TimeCell, TwoLineCell } from './cells';
export { ListCount, ListPagination, pageQueryTableProps, type PageQueryResult } from './list-page';
