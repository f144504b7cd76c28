import { useCallback, useState } from 'react';

function read(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, value: string): void {
  try {
    if (value === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage can be full or disabled (private mode); the draft then lives only in memory.
  }
}

/**
 * Text being typed, kept in sessionStorage under `key` so a reload or a crash of the tab does not
 * lose it. Clear it once what it holds has been saved.
 */
export function useSessionDraft(key: string): [string, (value: string) => void, () => void] {
  const [state, setState] = useState(() => ({ key, value: read(key) }));
  // Another order on the same component (the side panel switching orders) has its own draft.
  const current = state.key === key ? state : { key, value: read(key) };
  if (current !== state) setState(current);

  const setValue = useCallback(
    (value: string) => {
      write(key, value);
      setState({ key, value });
    },
    [key],
  );
  const clear = useCallback(() => setValue(''), [setValue]);
  return [current.value, setValue, clear];
}
