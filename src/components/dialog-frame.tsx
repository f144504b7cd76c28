import * as RadixDialog from '@radix-ui/react-dialog';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import type { DialogProps } from './dialog';
import { CloseIcon } from './icons';
import { IconButton } from './icon-button';

const WIDTHS = { sm: 'max-w-sm', md: 'max-w-lg', lg: 'max-w-3xl' };

/**
 * The dialog itself, loaded with its first opening (see Dialog): focus moves in and is trapped,
 * Escape closes it, and focus returns to the element that opened it (Radix Dialog does all three).
 */
export function DialogFrame({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = 'md',
  onOpenAutoFocus,
  role,
  returnFocusTo,
}: Omit<DialogProps, 'trigger'> & { returnFocusTo: () => HTMLElement | null }) {
  const { t } = useTranslation('common');
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 data-[state=open]:animate-[fade-in_120ms_ease-out]" />
        <RadixDialog.Content
          // Radix sets role="dialog" itself; an undefined prop here would erase it.
          {...(role ? { role } : {})}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={(event) => {
            // Radix would focus its own trigger, which this dialog does not use; the opener is known here.
            event.preventDefault();
            returnFocusTo()?.focus();
          }}
          // Without a description Radix expects an explicit opt-out, or it warns about a missing one.
          {...(description ? {} : { 'aria-describedby': undefined })}
          className={cn(
            'fixed top-[12vh] left-1/2 z-50 flex max-h-[76vh] w-[calc(100vw-2rem)] -translate-x-1/2 flex-col rounded-lg bg-white shadow-xl ring-1 ring-slate-900/10',
            'data-[state=open]:animate-[dialog-in_140ms_ease-out]',
            WIDTHS[size],
          )}
        >
          <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-5 py-3">
            <div className="min-w-0">
              <RadixDialog.Title className="text-base font-semibold text-slate-900">
                {title}
              </RadixDialog.Title>
              {description && (
                <RadixDialog.Description className="mt-1 text-sm text-slate-600">
                  {description}
                </RadixDialog.Description>
              )}
            </div>
            <RadixDialog.Close asChild>
              <IconButton
                label={t('actions.close')}
                icon={<CloseIcon />}
                size="sm"
                className="-mr-2"
              />
            </RadixDialog.Close>
          </div>
          {children && (
            <div className="overflow-y-auto px-5 py-4 text-sm text-slate-700">{children}</div>
          )}
          {footer && (
            <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-5 py-3">
              {footer}
            </div>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
