import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { CheckIcon } from './icons';

/** Radix dropdown menu with the app's look; keyboard navigation and focus return come from Radix. */
export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;
export const DropdownMenuGroup = Menu.Group;
export const DropdownMenuRadioGroup = Menu.RadioGroup;

export function DropdownMenuContent({ className, children, ...props }: ComponentPropsWithoutRef<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        sideOffset={6}
        align="end"
        collisionPadding={8}
        className={cn(
          'z-50 min-w-48 rounded-md bg-white p-1 text-sm text-slate-800 shadow-lg ring-1 ring-slate-900/10',
          'data-[state=open]:animate-[fade-in_100ms_ease-out]',
          className,
        )}
        {...props}
      >
        {children}
      </Menu.Content>
    </Menu.Portal>
  );
}

const ITEM = cn(
  'flex h-8 cursor-default items-center gap-2 rounded px-2 outline-none select-none',
  'data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 data-[disabled]:opacity-50',
);

export function DropdownMenuItem({
  className,
  icon,
  tone = 'default',
  children,
  ...props
}: ComponentPropsWithoutRef<typeof Menu.Item> & { icon?: ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <Menu.Item className={cn(ITEM, tone === 'danger' && 'text-red-700 data-[highlighted]:text-red-800', className)} {...props}>
      {icon && <span className="text-slate-500">{icon}</span>}
      {children}
    </Menu.Item>
  );
}

export function DropdownMenuRadioItem({ className, children, ...props }: ComponentPropsWithoutRef<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className={cn(ITEM, 'pl-7 relative', className)} {...props}>
      <Menu.ItemIndicator className="absolute left-2 text-accent-600">
        <CheckIcon className="size-3.5" />
      </Menu.ItemIndicator>
      {children}
    </Menu.RadioItem>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentPropsWithoutRef<typeof Menu.Label>) {
  return <Menu.Label className={cn('px-2 py-1.5 text-xs text-slate-600', className)} {...props} />;
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="my-1 h-px bg-slate-200" />;
}
