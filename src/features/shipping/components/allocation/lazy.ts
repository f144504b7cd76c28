import { lazyDialog } from '@/components/lazy-dialog';

// The dialogs most visits never open load on first use, not with the list.
export const LazyOverrideDialog = lazyDialog(
  async () => (await import('./override-dialog')).OverrideDialog,
  (props) => props.open,
);
export const LazyBulkAllocationResultsDialog = lazyDialog(
  async () => (await import('./bulk-allocation-results-dialog')).BulkAllocationResultsDialog,
  (props) => props.outcome !== null,
);
