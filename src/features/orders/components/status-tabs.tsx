import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { StatusCounts } from '@/api/contract/orders';
import { STATUS_TABS, type StatusTab } from '@/domain/order/status';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';

interface StatusTabsProps {
  value: StatusTab;
  onChange: (tab: StatusTab) => void;
  counts: StatusCounts | undefined;
  /** The counts request failed: the tabs say so instead of waiting forever. */
  countsFailed?: boolean;
  /** The id of the panel (the table) the tabs control. */
  panelId: string;
  idPrefix: string;
}

export function statusTabId(prefix: string, tab: StatusTab) {
  return `${prefix}-tab-${tab}`;
}

/** Status tabs with live counts. Arrow keys, Home and End move between tabs (and select them). */
export function StatusTabs({
  value,
  onChange,
  counts,
  countsFailed = false,
  panelId,
  idPrefix,
}: StatusTabsProps) {
  const { t, i18n } = useTranslation('orders');
  const refs = useRef(new Map<StatusTab, HTMLButtonElement>());

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = STATUS_TABS.indexOf(value);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % STATUS_TABS.length;
    else if (event.key === 'ArrowLeft')
      next = (index - 1 + STATUS_TABS.length) % STATUS_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = STATUS_TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = STATUS_TABS[next] ?? 'all';
    onChange(tab);
    refs.current.get(tab)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      className="flex gap-1 overflow-x-auto border-b border-slate-200"
    >
      {STATUS_TABS.map((tab) => {
        const selected = tab === value;
        const count = counts?.[tab];
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element) refs.current.set(tab, element);
              else refs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={statusTabId(idPrefix, tab)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab)}
            onKeyDown={move}
            className={cn(
              '-mb-px inline-flex shrink-0 items-center gap-1.5 border-b-2 px-3 py-2 text-sm whitespace-nowrap',
              'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-600',
              selected
                ? 'border-accent-600 font-medium text-accent-700'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {tab === 'all' ? t('tabs.all') : t(`status.${tab}`)}
            <span
              className={cn(
                'min-w-[1.5rem] rounded-full px-1.5 text-center text-xs tabular-nums',
                selected ? 'bg-accent-50 text-accent-700' : 'bg-slate-100 text-slate-600',
              )}
            >
              {count !== undefined ? (
                formatNumber(count, i18n.language)
              ) : countsFailed ? (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="sr-only">{t('tabs.countUnavailable')}</span>
                </>
              ) : (
                '…'
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
}
