import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { isApiError } from '@/api/errors';
import { CARRIERS, type Carrier } from '@/domain/waybill/carriers';
import { WAYBILL_PROBLEMS } from '@/domain/waybill/verdict';
import { Field, Input, Select } from '@/components/field';
import { useLocations } from '../../api/list-locations';
import { NOTE_MAX, fieldProblem, type ResolutionFormProps } from './form-props';
import { NoteField } from './note-field';
import { useWaybillVerdict } from './waybill-verdict';

/**
 * 补发: the same lines again from a location (the parcel's by default), with a carrier and a new
 * waybill checked as it is typed, the way the waybill entry screen checks it.
 */
export function ReshipForm({ id, item, order, error, onEdit, onValid }: ResolutionFormProps) {
  const { t } = useTranslation(['tracking', 'tracking-events', 'waybills']);
  const locations = useLocations();
  const [locationId, setLocationId] = useState(item.locationId);
  const [carrier, setCarrier] = useState<Carrier>(item.carrier);
  const [waybill, setWaybill] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const verdict = useWaybillVerdict(waybill, carrier);

  const serverCode = fieldProblem(error, 'waybill');
  const serverWaybillError = isApiError(error, 'duplicate')
    ? t('reship.duplicate', { waybill: verdict.check.normalised })
    : serverCode
      ? (WAYBILL_PROBLEMS as readonly string[]).includes(serverCode)
        ? `${t('waybills:verdict.error')}：${t(`waybills:problem.${serverCode}`)}`
        : t('waybills:verdict.error')
      : undefined;
  const waybillError =
    serverWaybillError ??
    (verdict.kind === 'error'
      ? verdict.text
      : submitted && verdict.kind === 'empty'
        ? t('reship.waybillRequired')
        : undefined);
  const waybillHint = verdict.kind === 'empty' ? t('reship.waybillHint') : verdict.text;
  const noteError =
    note.trim().length > NOTE_MAX ? t('dialog.noteTooLong', { max: NOTE_MAX }) : undefined;

  // The parcel's own location stays choosable even when the list has not arrived yet.
  const locationOptions = (locations.data ?? []).map((location) => ({
    value: location.id,
    label: location.name,
  }));
  if (!locationOptions.some((option) => option.value === item.locationId))
    locationOptions.unshift({ value: item.locationId, label: item.locationName });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const blocked = verdict.kind === 'empty' || verdict.kind === 'error';
    if (blocked || noteError) {
      event.currentTarget
        .querySelector<HTMLElement>(`[name="${blocked ? 'waybill' : 'note'}"]`)
        ?.focus();
      return;
    }
    onValid({
      action: 'reship',
      locationId,
      carrier,
      waybill: verdict.check.normalised,
      note: note.trim(),
    });
  }

  return (
    <form id={id} noValidate onSubmit={submit} className="flex flex-col gap-4">
      <section aria-labelledby={`${id}-lines`}>
        <h3 id={`${id}-lines`} className="mb-1 text-sm font-medium text-slate-700">
          {t('reship.lines')}
        </h3>
        <ul className="flex flex-col gap-0.5 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
          {order.lines.map((line) => (
            <li key={line.id}>{t('reship.line', { name: line.name, quantity: line.quantity })}</li>
          ))}
        </ul>
      </section>
      <div className="grid grid-cols-2 gap-3">
        <Select
          label={t('reship.location')}
          name="locationId"
          value={locationId}
          onChange={(event) => {
            setLocationId(event.target.value);
            if (isApiError(error, 'insufficient_stock')) onEdit();
          }}
          options={locationOptions}
        />
        <Select
          label={t('reship.carrier')}
          name="carrier"
          value={carrier}
          onChange={(event) => {
            setCarrier(CARRIERS.find((code) => code === event.target.value) ?? carrier);
            if (serverWaybillError) onEdit();
          }}
          options={CARRIERS.map((code) => ({
            value: code,
            label: t(`tracking-events:carrier.${code}`),
          }))}
        />
      </div>
      <Field label={t('reship.waybill')} required error={waybillError} hint={waybillHint}>
        {(control) => (
          <Input
            {...control}
            name="waybill"
            value={waybill}
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            className="font-mono"
            onChange={(event) => {
              setWaybill(event.target.value);
              if (serverWaybillError) onEdit();
            }}
          />
        )}
      </Field>
      <NoteField
        label={t('dialog.note')}
        name="note"
        value={note}
        onChange={setNote}
        hint={t('dialog.noteHint')}
        error={noteError}
        maxLength={NOTE_MAX}
      />
    </form>
  );
}
