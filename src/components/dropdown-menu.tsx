import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { cn } from '@/lib/cn';
import { CheckIcon } from './icons';

/*
 * A menu button after the WAI-ARIA pattern: the button opens a role="menu" list; arrow keys,
 * Home, End and the first letter move between items; Enter, Space or a click activates one;
 * Escape, Tab and a click elsewhere close it, and focus goes back to the button.
 */

type FocusTarget = 'first' | 'last';

interface MenuContextValue {
  open: boolean;
  focusOnOpen: FocusTarget;
  openMenu: (focus: FocusTarget) => void;
  close: (returnFocus: boolean) => void;
  /** Closes the menu, gives focus back to the button, then runs the item's action. */
  select: (action: (() => void) | undefined) => void;
  rootRef: RefObject<HTMLDivElement | null>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  menuId: string;
  triggerId: string;
}

const MenuContext = createContext<MenuContextValue | null>(null);

function useMenu(): MenuContextValue {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error('menu parts belong inside <DropdownMenu>');
  return menu;
}

export function DropdownMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [focusOnOpen, setFocusOnOpen] = useState<FocusTarget>('first');
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
      // A click on another control gives that control focus; a click on empty space would drop it on the page.
      setTimeout(() => {
        if (document.activeElement === document.body || document.activeElement === null)
          triggerRef.current?.focus();
      });
    }
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const value: MenuContextValue = {
    open,
    focusOnOpen,
    openMenu: (focus) => {
      setFocusOnOpen(focus);
      setOpen(true);
    },
    close,
    select: (action) => {
      close(true);
      action?.();
    },
    rootRef,
    triggerRef,
    menuId: `${id}-menu`,
    triggerId: `${id}-button`,
  };
  return (
    <MenuContext.Provider value={value}>
      <div ref={rootRef} className="relative inline-flex">
        {children}
      </div>
    </MenuContext.Provider>
  );
}

export function DropdownMenuTrigger({
  className,
  children,
  ...props
}: Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'onClick'>) {
  const { open, openMenu, close, triggerRef, triggerId, menuId } = useMenu();
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && open) {
      close(true);
    }
  }
  return (
    <button
      ref={triggerRef}
      id={triggerId}
      type="button"
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={open ? menuId : undefined}
      data-state={open ? 'open' : 'closed'}
      onClick={() => (open ? close(false) : openMenu('first'))}
      onKeyDown={onKeyDown}
      className={className}
      {...props}
    >
      {children}
    </button>
  );
}

function menuItems(menu: HTMLElement): HTMLElement[] {
  return Array.from(
    menu.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])'),
  );
}

/** The next item whose text starts with the typed letter, after the focused one, wrapping around. */
function itemStartingWith(
  items: HTMLElement[],
  current: number,
  letter: string,
): HTMLElement | undefined {
  const wanted = letter.toLocaleLowerCase();
  const ordered = [...items.slice(current + 1), ...items.slice(0, current + 1)];
  return ordered.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(wanted));
}

export function DropdownMenuContent({
  className,
  children,
  ...props
}: ComponentPropsWithoutRef<'div'>) {
  const menu = useMenu();
  const listRef = useRef<HTMLDivElement>(null);
  const { open, focusOnOpen } = menu;

  useEffect(() => {
    if (!open || !listRef.current) return;
    const items = menuItems(listRef.current);
    (focusOnOpen === 'first' ? items[0] : items.at(-1))?.focus();
  }, [open, focusOnOpen]);

  if (!open) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!listRef.current) return;
    const items = menuItems(listRef.current);
    const current = items.findIndex((item) => item === document.activeElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[(current + 1) % items.length];
        break;
      case 'ArrowUp':
        next = items[(current - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Escape':
        event.preventDefault();
        menu.close(true);
        return;
      case 'Tab':
        // Focus moves on to the next control as usual; the menu just goes away.
        menu.close(false);
        return;
      default:
        if (
          event.key.length === 1 &&
          /\S/.test(event.key) &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          next = itemStartingWith(items, current, event.key);
        }
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <div
      ref={listRef}
      id={menu.menuId}
      role="menu"
      aria-labelledby={menu.triggerId}
      aria-orientation="vertical"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className={cn(
        'absolute top-full right-0 z-50 mt-1.5 min-w-48 rounded-md bg-white p-1 text-sm text-slate-800 shadow-lg ring-1 ring-slate-900/10',
        'animate-[fade-in_100ms_ease-out] outline-none',
        className,
      )}
      {...props}
    >
      {children}
    </div>
  );
}

const ITEM = cn(
  'flex h-8 cursor-default items-center gap-2 rounded px-2 outline-none select-none',
  'focus:bg-slate-100 focus:text-slate-900 aria-disabled:opacity-50',
);

interface ItemBaseProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'role'> {
  onSelect?: () => void;
}

/** What every kind of item shares: focus follows the pointer, and Enter, Space or a click selects. */
function MenuItemBase({
  onSelect,
  role,
  ...props
}: ItemBaseProps & { role: 'menuitem' | 'menuitemradio' }) {
  const menu = useMenu();
  return (
    <div
      role={role}
      tabIndex={-1}
      onClick={() => menu.select(onSelect)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          menu.select(onSelect);
        }
      }}
      onPointerMove={(event) => event.currentTarget.focus({ preventScroll: true })}
      {...props}
    />
  );
}

export function DropdownMenuItem({
  className,
  icon,
  tone = 'default',
  children,
  ...props
}: ItemBaseProps & { icon?: ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <MenuItemBase
      role="menuitem"
      className={cn(ITEM, tone === 'danger' && 'text-red-700 focus:text-red-800', className)}
      {...props}
    >
      {icon && <span className="text-slate-500">{icon}</span>}
      {children}
    </MenuItemBase>
  );
}

interface RadioGroupValue {
  value: string;
  onValueChange: (value: string) => void;
}

const RadioGroupContext = createContext<RadioGroupValue | null>(null);

export function DropdownMenuRadioGroup({
  value,
  onValueChange,
  children,
}: RadioGroupValue & { children: ReactNode }) {
  return (
    <RadioGroupContext.Provider value={{ value, onValueChange }}>
      <div role="group">{children}</div>
    </RadioGroupContext.Provider>
  );
}

export function DropdownMenuRadioItem({
  className,
  children,
  value,
  ...props
}: Omit<ItemBaseProps, 'onSelect'> & { value: string }) {
  const group = useContext(RadioGroupContext);
  if (!group) throw new Error('<DropdownMenuRadioItem> belongs inside <DropdownMenuRadioGroup>');
  const checked = group.value === value;
  return (
    <MenuItemBase
      role="menuitemradio"
      aria-checked={checked}
      onSelect={() => group.onValueChange(value)}
      className={cn(ITEM, 'relative pl-7', className)}
      {...props}
    >
      {checked && (
        <span className="absolute left-2 text-accent-600">
          <CheckIcon className="size-3.5" />
        </span>
      )}
      {children}
    </MenuItemBase>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  return <div className={cn('px-2 py-1.5 text-xs text-slate-600', className)} {...props} />;
}

export function DropdownMenuSeparator() {
  return <div role="separator" className="my-1 h-px bg-slate-200" />;
}
