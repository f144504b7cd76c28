import { useCurrentUser } from '@/api/session-store';
import { canUseArea } from '@/domain/access';
import { cn } from '@/lib/cn';
import { useExceptionCount } from '../api/count-exceptions';

/** What the badge shows: the count, "99+" past 99, nothing at 0 or before the count arrives. */
export function badgeText(open: number | undefined): string | null {
  if (open === undefined || open <= 0) return null;
  return open > 99 ? '99+' : String(open);
}

/**
 * The open count of the exceptions queue, inside the navigation's tracking link. Its text is part
 * of the link's name ("物流异常 12"), so a screen reader hears the count with the entry. Collapsed,
 * it sits on the icon's corner.
 */
export function ExceptionCountBadge({ collapsed }: { collapsed: boolean }) {
  const user = useCurrentUser();
  const enabled = user !== null && canUseArea(user.role, 'tracking');
  const count = useExceptionCount({ enabled });
  const text = badgeText(enabled ? count.data?.open : undefined);
  if (text === null) return null;
  return (
    <span
      className={cn(
        'flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white tabular-nums',
        collapsed ? 'absolute top-0 right-0 ring-2 ring-slate-900' : 'ml-auto',
      )}
    >
      {/* A space keeps the count a separate word in the link's name. */}
      <span className="sr-only"> </span>
      {text}
    </span>
  );
}
