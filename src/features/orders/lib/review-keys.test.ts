import { afterEach, describe, expect, it } from 'vitest';
import { reviewCommandOf, shortcutKeyOf } from './review-keys';

function press(
  key: string,
  target: EventTarget = document.body,
  modifiers: Partial<KeyboardEvent> = {},
) {
  return {
    key,
    target,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    isComposing: false,
    ...modifiers,
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  document.body.append(node);
  return node;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('review queue keys', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['a', 'approve'],
    ['h', 'hold'],
    ['r', 'reject'],
    ['e', 'editAddress'],
    ['t', 'tags'],
    ['/', 'search'],
    ['?', 'help'],
  ] as const)('%s asks for %s', (key, command) => {
    expect(reviewCommandOf(press(key), { inList: false })).toBe(command);
  });

  it('moves with the arrow keys only on the list, where they do not scroll the page', () => {
    expect(reviewCommandOf(press('ArrowDown'), { inList: true })).toBe('next');
    expect(reviewCommandOf(press('ArrowUp'), { inList: true })).toBe('previous');
    expect(reviewCommandOf(press('ArrowDown'), { inList: false })).toBeNull();
  });

  it.each([
    ['a text box', () => element('input', { type: 'search' })],
    ['a text area', () => element('textarea')],
    ['a select', () => element('select')],
  ])('leaves keys typed into %s alone', (_, make) => {
    expect(reviewCommandOf(press('a', make()), { inList: false })).toBeNull();
  });

  it('still works on a checkbox, which is not typed into', () => {
    expect(
      reviewCommandOf(press('j', element('input', { type: 'checkbox' })), { inList: false }),
    ).toBe('next');
  });

  it('does nothing while a dialog is open, wherever focus is', () => {
    const dialog = element('div', { role: 'dialog' });
    const button = document.createElement('button');
    dialog.append(button);
    expect(reviewCommandOf(press('a', button), { inList: false })).toBeNull();
    expect(reviewCommandOf(press('a'), { inList: false })).toBeNull();
  });

  it('ignores keys pressed with Ctrl, ⌘ or Alt, upper-case letters and IME composition', () => {
    expect(
      reviewCommandOf(press('a', document.body, { ctrlKey: true }), { inList: false }),
    ).toBeNull();
    expect(
      reviewCommandOf(press('r', document.body, { metaKey: true }), { inList: false }),
    ).toBeNull();
    expect(
      reviewCommandOf(press('j', document.body, { altKey: true }), { inList: false }),
    ).toBeNull();
    expect(reviewCommandOf(press('A'), { inList: false })).toBeNull();
    expect(
      reviewCommandOf(press('a', document.body, { isComposing: true }), { inList: false }),
    ).toBeNull();
  });

  it('names the key a button shows', () => {
    expect(shortcutKeyOf('approve')).toBe('a');
    expect(shortcutKeyOf('next')).toBe('j');
  });
});
