import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';
import { Spinner } from '@/components/button';
import { describeError } from '@/components/error-message';
import { SearchIcon } from '@/components/icons';
import { Kbd } from '@/components/kbd';
import { isTypingTarget } from '@/lib/keyboard';
import { paths } from '@/lib/paths';

/**
 * Jumps to an order by its exact order number or waybill number, from any page.
 * "/" focuses it, as in most admin tools; several hits open the order list filtered by the text.
 */
export function GlobalSearch() {
  const { t } = useTranslation('common');
  const backend = useBackend();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTypingTarget(event.target)
      )
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (!query || searching) return;
    setSearching(true);
    setMessage('');
    try {
      const result = await queryClient.fetchQuery({
        queryKey: queryKeys.search.query(query),
        queryFn: ({ signal }) => backend.search({ query: { q: query } }, { signal }),
        staleTime: 0,
      });
      const [first, ...others] = result.hits;
      if (!first) {
        setMessage(t('search.notFound', { query }));
      } else if (others.length === 0) {
        setText('');
        inputRef.current?.blur();
        await navigate(paths.order(first.orderId));
      } else {
        await navigate(`${paths.orders}?q=${encodeURIComponent(query)}`);
      }
    } catch (error) {
      setMessage(describeError(t, error));
    } finally {
      setSearching(false);
    }
  }

  return (
    <form
      role="search"
      aria-label={t('search.region')}
      onSubmit={(event) => void submit(event)}
      className="relative w-full max-w-sm"
    >
      <label htmlFor={`${messageId}-input`} className="sr-only">
        {t('search.label')}
      </label>
      <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500">
        {searching ? <Spinner className="size-4" /> : <SearchIcon className="size-4" />}
      </span>
      <input
        ref={inputRef}
        id={`${messageId}-input`}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMessage('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setMessage('');
            event.currentTarget.blur();
          }
        }}
        placeholder={t('search.placeholder')}
        aria-describedby={message ? messageId : undefined}
        autoComplete="off"
        spellCheck={false}
        className="h-8 w-full rounded-md border border-slate-300 bg-slate-50 pr-8 pl-8 text-sm text-slate-900 placeholder:text-slate-500 hover:border-slate-400 focus:border-accent-500 focus:bg-white"
      />
      <span
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2"
        title={t('search.shortcut')}
      >
        <Kbd>/</Kbd>
      </span>
      <p
        id={messageId}
        role="status"
        className={
          message
            ? 'absolute top-full left-0 z-30 mt-1 w-full rounded-md bg-white px-3 py-2 text-sm text-slate-800 shadow-lg ring-1 ring-slate-900/10'
            : 'sr-only'
        }
      >
        {message}
      </p>
    </form>
  );
}
