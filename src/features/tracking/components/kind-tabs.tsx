import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '@/i18n';
import { ATTENTION_KINDS, type AttentionKind } from '@/domain/shipment/attention';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';

type KindTab = AttentionKind | '';
const TABS: readonly KindTab[] = ['', ...ATTENTION_KINDS];

interface KindTabsProps {
  value: KindTab;
  onChange: (kind: KindTab) => void;
  /** Parcels per reason under the other filters; undefined until the first page arrives. */
  counts: Partial<Record<AttentionKind, number>> | undefined;
  /** Every parcel under the other filters, when known (the list is not narrowed to one reason). */
  allCount: number | undefined;
  panelId: string;
  idPrefix: string;
}

export function kindTabId(prefix: string, tab: KindTab): string {
  return `${prefix}-tab-${tab || 'all'}`;
}

/** The reasons as tabs with their counts. Arrow keys, Home and End move between tabs and select them. */
export function KindTabs({ value, onChange, counts, allCount, panelId, idPrefix }: KindTabsProps) {
  const { t, i18n } = useTranslation(['tracking', 'tracking-events']);
  const refs = useRef(new Map<KindTab, HTMLButtonElement>());

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(value);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next] ?? '';
    onChange(tab);
    refs.current.get(tab)?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      className="flex gap-1 overflow-x-auto border-b border-slate-200"
    >
      {TABS.map((tab) => {
        const selected = tab === value;
        const count = tab === '' ? allCount : counts?.[tab];
        return (
          <button
            key={tab || 'all'}
            ref={(element) => {
              if (element) refs.current.set(tab, element);
              else refs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={kindTabId(idPrefix, tab)}
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
            {tab === '' ? t('tabs.all') : t(`tracking-events:attention.${tab}`)}
            {count !== undefined && (
              <span
                className={cn(
                  'min-w-[1.5rem] rounded-full px-1.5 text-center text-xs tabular-nums',
                  selected ? 'bg-accent-50 text-accent-700' : 'bg-slate-100 text-slate-600',
                )}
              >
                {formatNumber(count, i18n.language)}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
