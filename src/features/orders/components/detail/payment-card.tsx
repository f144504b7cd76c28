import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { Details, Section } from './section';

export function PaymentCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const { payment } = order;
  const none = <span className="text-slate-400">{t('detail.none')}</span>;
  return (
    <Section title={t('detail.payment')}>
      <Details
        items={[
          { term: t('detail.paymentStatus'), value: t(`paymentStatus.${payment.status}`) },
          {
            term: t('detail.paymentMethod'),
            value: payment.method ? t(`paymentMethod.${payment.method}`) : none,
          },
          {
            term: t('detail.amount'),
            value: <span className="tabular-nums">{format.money(payment.amount)}</span>,
          },
          {
            term: t('detail.paidAt'),
            value: payment.paidAt ? (
              <time dateTime={payment.paidAt}>
                {format.dateTime(payment.paidAt, order.timeZone)}
              </time>
            ) : (
              none
            ),
          },
          { term: t('detail.currency'), value: payment.amount.currency },
          {
            term: t('detail.transactionId'),
            value: payment.transactionId ? (
              <span className="font-mono text-xs">{payment.transactionId}</span>
            ) : (
              none
            ),
          },
        ]}
      />
    </Section>
  );
}
