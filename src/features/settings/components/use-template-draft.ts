import { useCallback, useState } from 'react';
import type { NotificationTemplate } from '@/api/contract/tracking';
import type { TemplateText } from '@/domain/notification/templates';

/** What is being typed into one template, and the saved version it started from. */
export interface TemplateDraft extends TemplateText {
  version: number;
}

export function templateDraftKey(template: Pick<NotificationTemplate, 'kind' | 'locale'>): string {
  return `order-desk.template-draft.${template.kind}.${template.locale}`;
}

function isDraft(value: unknown): value is TemplateDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.version === 'number' &&
    typeof draft.sms === 'string' &&
    typeof draft.emailSubject === 'string' &&
    typeof draft.emailBody === 'string'
  );
}

function read(key: string): TemplateDraft | null {
  try {
    const stored = sessionStorage.getItem(key);
    const parsed: unknown = stored ? JSON.parse(stored) : null;
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function write(key: string, draft: TemplateDraft | null): void {
  try {
    if (draft) sessionStorage.setItem(key, JSON.stringify(draft));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage can be full or disabled (private mode); the draft then lives only in memory.
  }
}

const textOf = ({
  version,
  sms,
  emailSubject,
  emailBody,
}: TemplateDraft | NotificationTemplate) => ({
  version,
  sms,
  emailSubject,
  emailBody,
});

/**
 * The template as being edited, kept in sessionStorage per kind and language so a reload of the
 * tab loses nothing typed. Without a stored draft it is the saved template. `discard` goes back
 * to the saved text; `rebase` keeps the text but adopts a newer saved version (after a conflict).
 */
export function useTemplateDraft(template: NotificationTemplate) {
  const key = templateDraftKey(template);
  const [state, setState] = useState(() => ({ key, draft: read(key) }));
  // Another kind or language picked: it has its own draft.
  const current = state.key === key ? state : { key, draft: read(key) };
  if (current !== state) setState(current);

  const draft: TemplateDraft = current.draft ?? textOf(template);
  const dirty =
    current.draft !== null &&
    (draft.sms !== template.sms ||
      draft.emailSubject !== template.emailSubject ||
      draft.emailBody !== template.emailBody);

  const change = useCallback(
    (patch: Partial<TemplateDraft>) => {
      setState((previous) => {
        const base = (previous.key === key ? previous.draft : read(key)) ?? textOf(template);
        const next = { ...base, ...patch };
        write(key, next);
        return { key, draft: next };
      });
    },
    [key, template],
  );
  const discard = useCallback(() => {
    write(key, null);
    setState({ key, draft: null });
  }, [key]);
  const rebase = useCallback((version: number) => change({ version }), [change]);
  return { draft, dirty, change, discard, rebase };
}
