import { isTypingTarget } from '@/lib/keyboard';

/** What a key press in the review queue asks for. */
export type ReviewCommand =
  'next' | 'previous' | 'approve' | 'hold' | 'reject' | 'editAddress' | 'tags' | 'search' | 'help';

/** The shortcuts in the order the help dialog lists them; the first key is the one shown on buttons. */
export const REVIEW_SHORTCUTS: readonly { command: ReviewCommand; keys: readonly string[] }[] = [
  { command: 'next', keys: ['j', 'ArrowDown'] },
  { command: 'previous', keys: ['k', 'ArrowUp'] },
  { command: 'approve', keys: ['a'] },
  { command: 'hold', keys: ['h'] },
  { command: 'reject', keys: ['r'] },
  { command: 'editAddress', keys: ['e'] },
  { command: 'tags', keys: ['t'] },
  { command: 'search', keys: ['/'] },
  { command: 'help', keys: ['?'] },
];

/** The arrow keys belong to the list only: elsewhere they scroll the page or move within a control. */
const LIST_ONLY_KEYS = new Set(['ArrowDown', 'ArrowUp']);

const COMMAND_BY_KEY = new Map(
  REVIEW_SHORTCUTS.flatMap(({ command, keys }) => keys.map((key) => [key, command] as const)),
);

export function shortcutKeyOf(command: ReviewCommand): string {
  return REVIEW_SHORTCUTS.find((shortcut) => shortcut.command === command)?.keys[0] ?? '';
}

/** True while a dialog or menu has the user's attention: the queue's keys must not act behind it. */
function somethingModalIsOpen(target: EventTarget | null): boolean {
  if (
    target instanceof Element &&
    target.closest('[role="dialog"],[role="alertdialog"],[role="menu"]')
  )
    return true;
  return document.querySelector('[role="dialog"],[role="alertdialog"]') !== null;
}

/** A ticked box is not typed into: the queue's keys still work after using the filters. */
function isTypedInto(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'))
    return false;
  return isTypingTarget(target);
}

export interface ShortcutContext {
  /** The key press happened on the queue's own list, where arrow keys move the selection. */
  inList: boolean;
}

/**
 * The command a key press asks for, or null when it is not a shortcut here: keys typed into a
 * field, pressed with Ctrl/⌘/Alt, or pressed while a dialog is open belong to something else.
 */
export function reviewCommandOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'isComposing'>,
  context: ShortcutContext,
): ReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypedInto(event.target) || somethingModalIsOpen(event.target)) return null;
  if (LIST_ONLY_KEYS.has(event.key) && !context.inList) return null;
  return COMMAND_BY_KEY.get(event.key) ?? null;
}
