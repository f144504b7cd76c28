import { useEffect, useRef, type RefObject } from 'react';
import { reviewCommandOf, type ReviewCommand } from '../../lib/review-keys';

interface ShortcutAreas {
  /** The queue's list: arrow keys move the selection only there. */
  list: RefObject<HTMLElement | null>;
  /** Around the queue's search box: Escape there returns to the list. */
  search: RefObject<HTMLElement | null>;
}

/**
 * Listens for the queue's keys anywhere on the page. It listens before the rest of the page (on
 * the window, capturing) so "/" focuses the queue's search rather than the header's.
 */
export function useReviewShortcuts(
  onCommand: (command: ReviewCommand) => void,
  { list, search }: ShortcutAreas,
): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Node ? event.target : null;
      if (event.key === 'Escape' && target && search.current?.contains(target)) {
        // Done typing: back to the list, where j/k and the actions work again.
        list.current?.focus();
        return;
      }
      const inList = target !== null && list.current?.contains(target) === true;
      const command = reviewCommandOf(event, { inList });
      if (!command) return;
      event.preventDefault();
      if (command === 'search') event.stopPropagation();
      latest.current(command);
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [list, search]);
}
