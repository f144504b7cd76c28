import type { ExceptionItem } from '@/api/contract/tracking';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import { lazyDialog } from '@/components/lazy-dialog';

/** A parcel someone chose to deal with, and how. */
export interface Resolving {
  item: ExceptionItem;
  action: ResolutionAction;
}

export interface ResolutionDialogsProps {
  /** Null: no dialog is open. */
  resolving: Resolving | null;
  onClose: () => void;
}

/** The resolution dialogs' code (forms, preview, waybill checks) arrives with the first opening. */
export const ResolutionDialogs = lazyDialog<ResolutionDialogsProps>(
  () => import('./resolution-dialog').then((module) => module.ResolutionDialog),
  (props) => props.resolving !== null,
);
