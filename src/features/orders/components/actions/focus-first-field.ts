/**
 * For a form dialog's onOpenAutoFocus: start in the first field rather than on the close button,
 * so the person can type (or pick) straight away.
 */
export function focusFirstField(event: Event): void {
  const content = event.currentTarget;
  if (!(content instanceof HTMLElement)) return;
  const field = content.querySelector<HTMLElement>(
    'form input:not([type="hidden"]):not(:disabled), form select:not(:disabled), form textarea:not(:disabled)',
  );
  if (field) {
    event.preventDefault();
    field.focus();
  }
}
