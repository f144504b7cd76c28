export { AddressDialog, type AddressDialogProps } from './address-dialog';
export { ConflictNotice, isOrderConflict, toastSaveError, useReloadOrder } from './conflict-notice';
export { OrderActionBar } from './order-action-bar';
export {
  ReasonDialog,
  type ReasonDialogProps,
  type ReasonKind,
  type ReasonValues,
} from './reason-dialog';
export { TagPickerDialog, type TagChangeSet, type TagPickerDialogProps } from './tag-picker';
export { useOrderActions, type OrderActions } from './use-order-actions';
