import { lazy } from 'react';
import { lazyDialog } from '@/components/lazy-dialog';

const whenOpen = (props: { open: boolean }) => props.open;

// What the list opens on demand, loaded on first use rather than with the list.
export const LazyOrderPanel = lazy(async () => ({
  default: (await import('./order-panel')).OrderPanel,
}));
export const LazyExportDialog = lazyDialog(
  async () => (await import('./export-dialog')).ExportDialog,
  whenOpen,
);
export const LazyReasonDialog = lazyDialog(
  async () => (await import('./actions/reason-dialog')).ReasonDialog,
  whenOpen,
);
export const LazyTagPickerDialog = lazyDialog(
  async () => (await import('./actions/tag-picker')).TagPickerDialog,
  whenOpen,
);
export const LazyBulkResultsDialog = lazyDialog(
  async () => (await import('./list/bulk-results-dialog')).BulkResultsDialog,
  (props) => props.outcome !== null,
);
