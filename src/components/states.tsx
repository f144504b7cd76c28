import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { cn } from '@/lib/cn';
import { Button, Spinner } from './button';
import { AlertIcon, InboxIcon } from './icons';
import { useErrorMessage } from './error-message';

interface StateFrameProps {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
  role?: 'status' | 'alert';
}

function StateFrame({ icon, title, description, action, className, role }: StateFrameProps) {
  return (
    <div
      role={role}
      className={cn(
        'flex flex-col items-center justify-center gap-2 px-6 py-12 text-center',
        className,
      )}
    >
      {icon && <div className="text-slate-400">{icon}</div>}
      <p className="text-sm font-medium text-slate-900">{title}</p>
      {description && <p className="max-w-md text-sm text-slate-600">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}

export function EmptyState({
  title,
  description,
  action,
  className,
}: Omit<StateFrameProps, 'icon' | 'role'>) {
  return (
    <StateFrame
      icon={<InboxIcon className="size-8" />}
      title={title}
      description={description}
      action={action}
      className={className}
    />
  );
}

interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Retry" button when given. */
  onRetry?: () => void;
  title?: ReactNode;
  className?: string;
}

/** A failed load, in words the user understands, with a way to try again. */
export function ErrorState({ error, onRetry, title, className }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const message = useErrorMessage(error);
  return (
    <StateFrame
      role="alert"
      icon={<AlertIcon className="size-8 text-red-500" />}
      title={title ?? t('state.errorTitle')}
      description={message}
      className={className}
      action={
        onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )
      }
    />
  );
}

export function LoadingState({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation('common');
  return (
    <div
      role="status"
      className={cn(
        'flex items-center justify-center gap-2 py-12 text-sm text-slate-600',
        className,
      )}
    >
      <Spinner className="size-4 text-accent-600" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}

/** A grey placeholder block in the shape of content that is still loading. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={cn('animate-pulse rounded bg-slate-200/80', className)} />
  );
}

/** Placeholder rows for a table or list while its first page loads. */
export function SkeletonRows({ rows = 8, className }: { rows?: number; className?: string }) {
  const { t } = useTranslation('common');
  return (
    <div role="status" className={cn('flex flex-col gap-2 py-2', className)}>
      <span className="sr-only">{t('state.loading')}</span>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-6 w-full" />
      ))}
    </div>
  );
}
