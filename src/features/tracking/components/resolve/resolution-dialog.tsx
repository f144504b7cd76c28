import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useTranslation, type TFunction } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { ShipmentResolutionRequest } from '@/api/contract/tracking';
import { isApiError } from '@/api/errors';
import type { ResolutionAction } from '@/domain/shipment/resolution';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { ErrorState } from '@/components/states';
import { toast } from '@/components/toast';
import { formatMoney } from '@/lib/format';
import { useOrder } from '../../api/get-order';
import { useResolveShipment } from '../../api/resolve-shipment';
import { ContactForm } from './contact-form';
import { CouponForm } from './coupon-form';
import {
  firstFieldIn,
  focusFirstField,
  type ResolutionBody,
  type ResolutionFormProps,
} from './form-props';
import type { Resolving, ResolutionDialogsProps } from './lazy';
import { RefundForm } from './refund-form';
import { ReshipForm } from './reship-form';
import { ResolveForm } from './resolve-form';
import { ServerProblem } from './server-problem';

const FORMS: Record<ResolutionAction, ComponentType<ResolutionFormProps>> = {
  contact: ContactForm,
  reship: ReshipForm,
  refund: RefundForm,
  coupon: CouponForm,
  resolve: ResolveForm,
};

/**
 * One dialog per way of dealing with a parcel. Each opening starts afresh (its own form, its own
 * idempotency key); the last one stays mounted while it closes, so focus goes back where it was.
 */
export function ResolutionDialog({ resolving, onClose }: ResolutionDialogsProps) {
  const [shown, setShown] = useState(resolving);
  const [opening, setOpening] = useState(0);
  if (resolving !== null && resolving !== shown) {
    setShown(resolving);
    setOpening((count) => count + 1);
  }
  if (!shown) return null;
  return (
    <OneResolution key={opening} resolving={shown} open={resolving !== null} onClose={onClose} />
  );
}

function doneMessage(t: TFunction, locale: string, body: ResolutionBody, saved: Order): string {
  switch (body.action) {
    case 'contact':
      return t('contact.done', {
        channel: t(`tracking-events:channel.${body.channel}`),
        name: saved.customer.name,
      });
    case 'reship':
      return t('reship.done', {
        number: saved.number,
        waybill: saved.shipments.at(-1)?.waybill ?? body.waybill,
      });
    case 'refund':
      return t('refund.done', { number: saved.number, amount: formatMoney(body.amount, locale) });
    case 'coupon':
      return t('coupon.done', {
        name: saved.customer.name,
        amount: formatMoney(body.amount, locale),
        code: saved.compensations.at(-1)?.couponCode ?? '',
      });
    case 'resolve':
      return t('resolve.done', { number: saved.number });
  }
}

function OneResolution({
  resolving: { item, action },
  open,
  onClose,
}: {
  resolving: Resolving;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['tracking', 'tracking-events']);
  const formId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const order = useOrder(item.orderId);
  const resolve = useResolveShipment();
  // The version the user saw in the queue: a change since then is refused, not overwritten.
  const [version, setVersion] = useState(item.orderVersion);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const busy = resolve.isPending;
  const Form = FORMS[action];
  const loaded = order.data !== undefined;

  // When the order arrives after the dialog opened, the person starts in the first field.
  useEffect(() => {
    const body = bodyRef.current;
    if (!loaded || !body) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && body.contains(active)) return;
    firstFieldIn(body)?.focus();
  }, [loaded]);

  async function submit(body: ResolutionBody) {
    const request = { ...body, version } as ShipmentResolutionRequest;
    try {
      const saved = await resolve.mutateAsync({
        orderId: item.orderId,
        shipmentId: item.shipmentId,
        request,
        idempotencyKey,
      });
      toast.success(doneMessage(t, i18n.language, body, saved));
      onClose();
    } catch (error) {
      // A refusal applied nothing, so the corrected request is a new one. Without an answer the
      // outcome is unknown: the same key lets the server apply a retry at most once.
      if (isApiError(error)) setIdempotencyKey(crypto.randomUUID());
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && !busy) onClose();
      }}
      onOpenAutoFocus={focusFirstField}
      size="md"
      title={t(`${action}.title`)}
      description={t('dialog.parcel', {
        number: item.orderNumber,
        carrier: t(`tracking-events:carrier.${item.carrier}`),
        waybill: item.waybill,
      })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={action === 'refund' ? 'danger' : 'primary'}
            busy={busy}
            disabled={!loaded}
          >
            {t(`${action}.submit`)}
          </Button>
        </>
      }
    >
      <div ref={bodyRef} className="flex flex-col gap-4">
        {order.data ? (
          <>
            <Form
              id={formId}
              item={item}
              order={order.data}
              error={resolve.error}
              onEdit={() => resolve.reset()}
              onValid={(body) => void submit(body)}
            />
            <ServerProblem
              error={resolve.error}
              timeZone={item.timeZone}
              onUseCurrentVersion={(current) => {
                setVersion(current);
                resolve.reset();
              }}
            />
          </>
        ) : order.isError ? (
          <ErrorState error={order.error} onRetry={() => void order.refetch()} />
        ) : (
          <p role="status" className="py-6 text-center text-sm text-slate-600">
            {t('dialog.loading')}
          </p>
        )}
      </div>
    </Dialog>
  );
}
