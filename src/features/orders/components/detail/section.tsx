import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** A titled card of the order page; its heading names the region for screen readers. */
export function Section({
  title,
  children,
  className,
  actions,
}: {
  title: string;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={cn('rounded-md border border-slate-200 bg-white', className)}
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <h2 id={id} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {actions}
      </div>
      <div className="px-4 py-3">{children}</div>
    </section>
  );
}

export interface Detail {
  term: string;
  value: ReactNode;
}

/** Label/value pairs as a description list. */
export function Details({ items, className }: { items: readonly Detail[]; className?: string }) {
  return (
    <dl className={cn('grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm', className)}>
      {items.map((item) => (
        <div key={item.term} className="contents">
          <dt className="text-slate-500">{item.term}</dt>
          <dd className="min-w-0 break-words text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
