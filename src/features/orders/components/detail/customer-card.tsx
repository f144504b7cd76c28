import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { Button } from '@/components/button';
import { useErrorMessage } from '@/components/error-message';
import { useRevealPhone } from '../../api/reveal-phone';
import { Details, Section } from './section';

function RevealError({ error }: { error: unknown }) {
  const message = useErrorMessage(error);
  return (
    <p role="alert" className="mt-2 text-xs text-red-700">
      {message}
    </p>
  );
}

/** The customer, with the phone masked until someone asks to see it; asking is recorded by the backend. */
export function CustomerCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const reveal = useRevealPhone(order.id);
  const { customer } = order;
  const fullPhone = reveal.data?.phone ?? (customer.phoneMasked ? null : customer.phone);

  return (
    <Section title={t('detail.customer')}>
      <Details
        items={[
          { term: t('detail.name'), value: customer.name },
          {
            term: t('detail.phone'),
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <span className="tabular-nums">{fullPhone ?? customer.phone}</span>
                {fullPhone === null && (
                  <Button
                    size="sm"
                    variant="secondary"
                    busy={reveal.isPending}
                    onClick={() => reveal.mutate()}
                  >
                    {reveal.isPending ? t('detail.revealing') : t('detail.reveal')}
                  </Button>
                )}
              </span>
            ),
          },
          {
            term: t('detail.email'),
            value: customer.email ?? <span className="text-slate-400">{t('detail.none')}</span>,
          },
        ]}
      />
      {reveal.isSuccess && (
        <p role="status" className="mt-2 text-xs text-slate-500">
          {t('detail.revealed')}
        </p>
      )}
      {reveal.isError && <RevealError error={reveal.error} />}
    </Section>
  );
}

export function AddressCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const address = order.shippingAddress;
  return (
    <Section title={t('detail.address')}>
      <address className="text-sm not-italic text-slate-900">
        <span className="font-medium">{address.recipient}</span>
        <span className="ml-2 tabular-nums text-slate-600">{address.phone}</span>
        <br />
        {address.province} {address.city} {address.district}
        <br />
        {address.detail}
        {address.postalCode && <span className="ml-2 text-slate-500">{address.postalCode}</span>}
      </address>
      <div className="mt-3 text-sm">
        <h3 className="text-slate-500">{t('detail.customerNote')}</h3>
        <p className="mt-0.5 whitespace-pre-wrap text-slate-900">
          {order.customerNote || <span className="text-slate-400">{t('detail.none')}</span>}
        </p>
      </div>
    </Section>
  );
}
