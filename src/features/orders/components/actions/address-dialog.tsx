import { useId, useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation, type TFunction } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { isApiError } from '@/api/errors';
import {
  ADDRESS_LIMITS,
  validateAddress,
  type AddressField,
  type AddressInput,
} from '@/domain/address';
import { PROVINCES } from '@/domain/region';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Select, TextInput } from '@/components/field';
import { toast } from '@/components/toast';
import { useUpdateAddress } from '../../api/order-mutations';
import { ConflictNotice, isOrderConflict, toastSaveError } from './conflict-notice';
import { focusFirstField } from './focus-first-field';

export interface AddressDialogProps {
  order: Order;
  open: boolean;
  onOpenChange(open: boolean): void;
}

type FieldErrors = Partial<Record<AddressField, string>>;

const FIELDS: readonly AddressField[] = [
  'recipient',
  'phone',
  'province',
  'city',
  'district',
  'detail',
];

/**
 * The order shows the phone masked (138****5678). Sent back unchanged it means "keep the number",
 * so it is not checked as a phone number; anything typed instead must be a full one.
 */
function isMasked(phone: string): boolean {
  return phone.includes('*');
}

function initialInput(order: Order): AddressInput {
  const address = order.shippingAddress;
  return {
    recipient: address.recipient,
    phone: address.phone,
    province: address.province,
    city: address.city,
    district: address.district,
    detail: address.detail,
  };
}

/** Corrects the shipping address before the order ships; saved against the version on screen. */
export function AddressDialog({ order, open, onOpenChange }: AddressDialogProps) {
  const { t } = useTranslation('order-actions');
  const formId = useId();
  const update = useUpdateAddress(order.id);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!update.isPending) onOpenChange(next);
        if (!next) update.reset();
      }}
      onOpenAutoFocus={focusFirstField}
      title={t('address.title')}
      description={t('address.description', { number: order.number })}
      footer={
        <>
          <Button
            variant="secondary"
            onClick={() => onOpenChange(false)}
            disabled={update.isPending}
          >
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={update.isPending}>
            {t('address.save')}
          </Button>
        </>
      }
    >
      <AddressForm
        id={formId}
        order={order}
        error={update.error}
        onReloaded={() => update.reset()}
        onValid={(address) =>
          update.mutate(
            {
              version: order.version,
              address: { ...address, postalCode: order.shippingAddress.postalCode },
            },
            {
              onSuccess: () => {
                toast.success(t('address.saved'));
                onOpenChange(false);
              },
              onError: (error) => {
                if (!isOrderConflict(error) && !isApiError(error, 'validation'))
                  toastSaveError(t, error);
              },
            },
          )
        }
      />
    </Dialog>
  );
}

/** A problem with one field in words: the limits come from the domain the backend also checks. */
function problemMessage(
  t: TFunction,
  field: AddressField,
  code: string,
  fallback?: string,
): string {
  const limits =
    field in ADDRESS_LIMITS ? ADDRESS_LIMITS[field as keyof typeof ADDRESS_LIMITS] : null;
  return t(`address.problem.${code}`, {
    min: limits?.min,
    max: limits?.max,
    defaultValue: fallback ?? t('address.problem.invalid'),
  });
}

/** The server's field errors (`address.phone`), in the form's terms. */
function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!isApiError(error, 'validation')) return errors;
  for (const problem of error.problem.errors ?? []) {
    const field = FIELDS.find((name) => problem.field === `address.${name}`);
    if (field) errors[field] ??= problemMessage(t, field, problem.code);
  }
  return errors;
}

function AddressForm({
  id,
  order,
  error,
  onValid,
  onReloaded,
}: {
  id: string;
  order: Order;
  error: unknown;
  onValid(address: AddressInput): void;
  onReloaded(): void;
}) {
  const { t } = useTranslation('order-actions');
  const [input, setInput] = useState(() => initialInput(order));
  const [showErrors, setShowErrors] = useState(false);
  const maskedPhone = isMasked(order.shippingAddress.phone) ? order.shippingAddress.phone : null;
  const keepsHiddenPhone = maskedPhone !== null && input.phone.trim() === maskedPhone;
  const problems = validateAddress(input).filter(
    (problem) => !(keepsHiddenPhone && problem.field === 'phone'),
  );
  const clientErrors: FieldErrors = {};
  for (const problem of problems)
    clientErrors[problem.field] ??= problemMessage(t, problem.field, problem.code);
  const serverErrors = serverFieldErrors(error, t);
  const errorOf = (field: AddressField) =>
    (showErrors ? clientErrors[field] : undefined) ?? serverErrors[field];
  const provinceKnown = PROVINCES.some((province) => province.name === input.province);

  function set(field: AddressField, value: string) {
    setInput((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    const first = problems[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first.field}"]`)?.focus();
      return;
    }
    onValid({
      recipient: input.recipient.trim(),
      phone: input.phone.trim(),
      province: input.province,
      city: input.city.trim(),
      district: input.district.trim(),
      detail: input.detail.trim(),
    });
  }

  const text = (
    field: Exclude<AddressField, 'province'>,
    extra: Partial<ComponentProps<typeof TextInput>> = {},
  ) => (
    <TextInput
      name={field}
      label={t(`address.field.${field}`)}
      required
      value={input[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errorOf(field)}
      {...extra}
    />
  );

  return (
    <form id={id} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      <ConflictNotice
        error={error}
        orderId={order.id}
        timeZone={order.timeZone}
        onReloaded={onReloaded}
      />
      {isApiError(error, 'validation') && (
        <p role="alert" className="text-sm text-red-700">
          {t('address.serverInvalid')}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('recipient', { autoComplete: 'off' })}
        {text('phone', {
          inputMode: 'tel',
          autoComplete: 'off',
          hint: maskedPhone ? t('address.phoneMaskedHint', { phone: maskedPhone }) : undefined,
        })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          name="province"
          label={t('address.field.province')}
          required
          value={input.province}
          onChange={(event) => set('province', event.target.value)}
          error={errorOf('province')}
          options={[
            ...(provinceKnown ? [] : [{ value: input.province, label: input.province || '—' }]),
            ...PROVINCES.map((province) => ({ value: province.name, label: province.name })),
          ]}
        />
        {text('city')}
        {text('district')}
      </div>
      {text('detail')}
    </form>
  );
}
