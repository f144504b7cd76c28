import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button } from './button';
import { Field, Input } from './field';

const SEARCH_DELAY_MS = 350;

interface SearchFiltersProps {
  /** The search the list shows now (from the URL). */
  q: string;
  /** Applies a search; keep it stable (a `useCallback`), typing restarts the pause when it changes. */
  onSearch: (patch: { q: string }) => void;
  searchLabel: string;
  searchPlaceholder: string;
  /** The search box's width, a Tailwind class such as 'w-64'. */
  searchClassName: string;
  /** Some filter is set: the clear button shows. */
  filtered: boolean;
  clearLabel: string;
  onClear: () => void;
  /** The list's other filters, after the search box. */
  children: ReactNode;
}

/**
 * A list's filter bar: a search box, the list's own filters, and a button that clears them. The
 * search applies after a short pause in typing, or at once on Enter.
 */
export function SearchFilters({
  q,
  onSearch,
  searchLabel,
  searchPlaceholder,
  searchClassName,
  filtered,
  clearLabel,
  onClear,
  children,
}: SearchFiltersProps) {
  const [text, setText] = useState(q);
  const [urlQ, setUrlQ] = useState(q);
  /** The search this box applied last: when it reaches the URL, what was typed since stays. */
  const [applied, setApplied] = useState<string | null>(null);

  if (q !== urlQ) {
    setUrlQ(q);
    // This box's own search arriving (late, on a busy page) leaves what was typed since; back,
    // forward, a link or Clear show what the URL says.
    if (q === applied) setApplied(null);
    else setText(q);
  }

  const apply = useCallback(
    (value: string) => {
      setApplied(value);
      onSearch({ q: value });
    },
    [onSearch],
  );

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === q) return;
    const timer = setTimeout(() => apply(trimmed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, q, apply]);

  return (
    <form
      role="search"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        apply(text.trim());
      }}
    >
      <Field label={searchLabel} className={searchClassName}>
        {(control) => (
          <Input
            {...control}
            type="search"
            value={text}
            placeholder={searchPlaceholder}
            maxLength={100}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches at once; the form has several fields, so it would not submit by itself.
              if (event.key === 'Enter') {
                event.preventDefault();
                apply(text.trim());
              }
            }}
          />
        )}
      </Field>
      {children}
      {filtered && (
        <Button
          variant="ghost"
          onClick={() => {
            setText('');
            onClear();
          }}
        >
          {clearLabel}
        </Button>
      )}
    </form>
  );
}
