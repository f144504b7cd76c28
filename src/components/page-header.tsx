import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons at the right end of the header. */
  actions?: ReactNode;
  /** Above the title: a back link or breadcrumbs. */
  before?: ReactNode;
  /** After the title on the same line: status badges. */
  meta?: ReactNode;
}

export function PageHeader({ title, description, actions, before, meta }: PageHeaderProps) {
  return (
    <header className="mb-4 flex flex-col gap-1">
      {before}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <h1 className="truncate text-lg font-semibold text-slate-900">{title}</h1>
          {meta}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {description && <p className="text-sm text-slate-600">{description}</p>}
    </header>
  );
}
