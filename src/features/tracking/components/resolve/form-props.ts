import type { Order } from '@/api/contract/orders';
import type { ExceptionItem, ShipmentResolutionRequest } from '@/api/contract/tracking';
import { isApiError } from '@/api/errors';

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/** A resolution as a form gathers it; the dialog adds the order version the user saw. */
export type ResolutionBody = WithoutVersion<ShipmentResolutionRequest>;

export interface ResolutionFormProps {
  /** The form's id, for the dialog's submit button in the footer. */
  id: string;
  item: ExceptionItem;
  order: Order;
  /** The last refusal, if any: the form shows what concerns one of its fields at that field. */
  error: unknown;
  /** The user changed something a field-level refusal was about. */
  onEdit: () => void;
  onValid: (body: ResolutionBody) => void;
}

/** The code the server gave for one field of a refused (422) resolution, if it named that field. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  if (!isApiError(error, 'validation')) return undefined;
  return error.problem.errors?.find((item) => item.field === field)?.code;
}

export const NOTE_MAX = 500;

/** For a form dialog's onOpenAutoFocus: start in the first field, so the person can type at once. */
export function focusFirstField(event: Event): void {
  const content = event.currentTarget;
  if (!(content instanceof HTMLElement)) return;
  const field = firstFieldIn(content);
  if (field) {
    event.preventDefault();
    field.focus();
  }
}

export function firstFieldIn(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    'form input:not([type="hidden"]):not(:disabled), form select:not(:disabled), form textarea:not(:disabled)',
  );
}
