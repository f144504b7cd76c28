import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import type { CarrierRule, CarrierRuleSet } from '@/api/contract/fulfilment';
import { isApiError } from '@/api/errors';
import { Button } from '@/components/button';
import { describeError } from '@/components/error-message';
import { Select } from '@/components/field';
import { toast } from '@/components/toast';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { useUpdateCarrierRules } from '../api/carrier-rules';
import {
  RuleRow,
  draftErrors,
  draftRule,
  rulesOf,
  serverErrors,
  type DraftRule,
} from './carrier-rules-rows';
import { CarrierRulesTry } from './carrier-rules-try';

const draftOf = (rules: readonly CarrierRule[]) => rules.map((rule) => draftRule(rule));

/**
 * The ordered rule list and the fallback, edited as a whole and saved against the version they
 * were read at. Nothing is sent while a row has a problem; a refused save keeps the edits.
 */
export function CarrierRulesEditor({
  ruleSet,
  onReload,
}: {
  ruleSet: CarrierRuleSet;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('carrier-rules');
  const save = useUpdateCarrierRules();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [base, setBase] = useState(ruleSet);
  const [draft, setDraft] = useState<DraftRule[]>(() => draftOf(ruleSet.rules));
  const [fallback, setFallback] = useState<Carrier>(ruleSet.fallback);
  const [showErrors, setShowErrors] = useState(false);
  const [reloading, setReloading] = useState(false);

  // The saved rules changed (saved here, or reloaded after a conflict): edit those from now on.
  if (ruleSet !== base) {
    setBase(ruleSet);
    setDraft(draftOf(ruleSet.rules));
    setFallback(ruleSet.fallback);
    setShowErrors(false);
  }

  const rules = rulesOf(draft);
  const clientErrors = draftErrors(t, rules);
  const fromServer = serverErrors(t, save.error);
  const dirty =
    fallback !== ruleSet.fallback || JSON.stringify(rules) !== JSON.stringify(ruleSet.rules);

  /** After a move or removal, focus stays where the person was working. */
  const focusLater = (selector: string, otherwise?: string) =>
    requestAnimationFrame(() => {
      const list = listRef.current;
      const target =
        list?.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ??
        (otherwise ? list?.querySelector<HTMLElement>(`${otherwise}:not(:disabled)`) : null);
      (target ?? addRef.current)?.focus();
    });

  const change = (key: number, patch: Partial<DraftRule>) =>
    setDraft((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const row = draft[index];
    const to = index + by;
    if (!row || to < 0 || to >= draft.length) return;
    const next = draft.filter((_, i) => i !== index);
    next.splice(to, 0, row);
    setDraft(next);
    const here = `[data-rule-key="${row.key}"] [data-move="${by < 0 ? 'up' : 'down'}"]`;
    focusLater(here, `[data-rule-key="${row.key}"] [data-move="${by < 0 ? 'down' : 'up'}"]`);
  };
  const remove = (index: number) => {
    const neighbour = draft[index + 1] ?? draft[index - 1];
    setDraft((rows) => rows.filter((_, i) => i !== index));
    if (neighbour) focusLater(`[data-rule-key="${neighbour.key}"] [data-field="region"]`);
    else focusLater('none');
  };
  const addRule = () => {
    const row = draftRule({ carrier: fallback });
    setDraft((rows) => [...rows, row]);
    focusLater(`[data-rule-key="${row.key}"] [data-field="region"]`);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (clientErrors.size > 0) return;
    save.mutate(
      { version: ruleSet.version, fallback, rules },
      {
        onSuccess: () => toast.success(t('saved')),
        onError: (error) => {
          if (!isApiError(error, 'validation') && !isApiError(error, 'version_conflict'))
            toast.error(t('saveFailed', { reason: describeError(t, error) }));
        },
      },
    );
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
      save.reset();
    } finally {
      setReloading(false);
    }
  }

  const conflict = isApiError(save.error, 'version_conflict') ? save.error : null;

  return (
    <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-3">
      {conflict && (
        <div
          role="alert"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <p className="min-w-0 flex-1">
            {t('conflict', {
              name: conflict.problem.current?.updatedBy?.name ?? t('someone'),
            })}
          </p>
          <Button size="sm" variant="secondary" busy={reloading} onClick={() => void reload()}>
            {t('reload')}
          </Button>
        </div>
      )}
      {isApiError(save.error, 'validation') && (
        <p role="alert" className="text-sm text-red-700">
          {t('serverInvalid')}
        </p>
      )}
      <div
        aria-hidden="true"
        className="grid grid-cols-[2rem_1fr_1fr_1fr_auto] gap-2 border-b border-slate-200 pb-1 text-xs font-medium text-slate-600"
      >
        <span>#</span>
        <span>{t('columns.region')}</span>
        <span>{t('columns.weight')}</span>
        <span>{t('columns.carrier')}</span>
        <span className="w-[7.5rem]" />
      </div>
      {draft.length === 0 ? (
        <p className="py-2 text-sm text-slate-600">{t('noRules')}</p>
      ) : (
        <ol ref={listRef} aria-label={t('listLabel')}>
          {draft.map((rule, index) => (
            <RuleRow
              key={rule.key}
              rule={rule}
              index={index}
              count={draft.length}
              errors={(showErrors ? clientErrors.get(index) : undefined) ?? fromServer.get(index)}
              onChange={(patch) => change(rule.key, patch)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      <div>
        <Button ref={addRef} size="sm" onClick={addRule} disabled={draft.length >= 100}>
          {t('add')}
        </Button>
      </div>
      <Select
        label={t('fallback')}
        hint={t('fallbackHint')}
        value={fallback}
        onChange={(event) =>
          setFallback(CARRIERS.find((c) => c === event.target.value) ?? fallback)
        }
        options={CARRIERS.map((code) => ({ value: code, label: t(`shipping:carrier.${code}`) }))}
        fieldClassName="max-w-xs"
      />
      <CarrierRulesTry
        rules={clientErrors.size === 0 ? rules : ruleSet.rules}
        fallback={fallback}
      />
      <div className="flex justify-end gap-2 border-t border-slate-100 pt-3">
        <Button
          variant="secondary"
          disabled={!dirty || save.isPending}
          onClick={() => {
            setDraft(draftOf(ruleSet.rules));
            setFallback(ruleSet.fallback);
            setShowErrors(false);
            save.reset();
          }}
        >
          {t('discard')}
        </Button>
        <Button type="submit" variant="primary" busy={save.isPending} disabled={!dirty}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
