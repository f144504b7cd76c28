import {
  cloneElement,
  lazy,
  Suspense,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons in the footer, right-aligned. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** The opening element, when the dialog should open itself on click. */
  trigger?: ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void }>;
  /** Where focus goes when the dialog opens; defaults to the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  role?: 'dialog' | 'alertdialog';
}

// The dialog's code (Radix, focus trap) arrives with its first opening, not with the first page.
const DialogFrame = lazy(() =>
  import('./dialog-frame').then((module) => ({ default: module.DialogFrame })),
);

/**
 * A modal dialog: focus moves in and is trapped, Escape closes it, and focus returns to the
 * element that opened it.
 */
export function Dialog({ trigger, ...props }: DialogProps) {
  const { open, onOpenChange } = props;
  const [everOpened, setEverOpened] = useState(open);
  const opener = useRef<HTMLElement | null>(null);
  if (open && !everOpened) setEverOpened(true);

  useLayoutEffect(() => {
    // Runs before the dialog takes focus, so the active element is still whatever opened it.
    if (open && document.activeElement instanceof HTMLElement)
      opener.current = document.activeElement;
  }, [open]);

  return (
    <>
      {trigger &&
        cloneElement(trigger, {
          onClick: (event: MouseEvent<HTMLElement>) => {
            trigger.props.onClick?.(event);
            onOpenChange(true);
          },
          'aria-haspopup': 'dialog',
          'aria-expanded': open,
        } as Partial<typeof trigger.props>)}
      {everOpened && (
        <Suspense fallback={null}>
          <DialogFrame
            {...props}
            returnFocusTo={() => (opener.current?.isConnected ? opener.current : null)}
          />
        </Suspense>
      )}
    </>
  );
}
