import { lazyDialog } from '@/components/lazy-dialog';

// The dialogs most visits never open load on first use, not with the list.
export const LazyAdjustStockDialog = lazyDialog(
  async () => (await import('./adjust-stock-dialog')).AdjustStockDialog,
  (props) => props.level !== null,
);
export const LazyThresholdsDialog = lazyDialog(
  async () => (await import('./thresholds-dialog')).ThresholdsDialog,
  (props) => props.level !== null,
);
export const LazyStockChangesDialog = lazyDialog(
  async () => (await import('./stock-changes-dialog')).StockChangesDialog,
  (props) => props.level !== null,
);
export const LazyCategoryThresholdsDialog = lazyDialog(
  async () => (await import('./category-thresholds-dialog')).CategoryThresholdsDialog,
  (props) => props.open,
);
