import type { Order } from '@/api/contract/orders';
import { cn } from '@/lib/cn';
import { useTagsById } from '../../lib/tags';
import { AddressCard, CustomerCard } from './customer-card';
import { HoldNotice } from './hold-notice';
import { LinesCard } from './lines-card';
import { NotesCard } from './notes-card';
import { NotificationsCard } from './notifications-card';
import { OrderTimeline } from './order-timeline';
import { PaymentCard } from './payment-card';
import { RefundsCard } from './refunds-card';
import { RiskFlags } from './risk-flags';
import { AllocationCard, ShipmentsCard } from './shipments-card';
import { TagsCard } from './tags-card';

/**
 * Everything about one order below its heading: risk flags and hold first, then the cards. Used
 * by the order page (two columns), the side panel and the review queue's pane (one column).
 */
export function OrderView({ order, layout = 'page' }: { order: Order; layout?: 'page' | 'pane' }) {
  const tagsById = useTagsById();
  const wide = layout === 'page';
  return (
    <div className="flex flex-col gap-4">
      <RiskFlags order={order} />
      <HoldNotice order={order} />
      <div className={cn('grid gap-4', wide && 'xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]')}>
        <div className="flex min-w-0 flex-col gap-4">
          <LinesCard order={order} />
          {!wide && <CustomerCard order={order} />}
          {!wide && <AddressCard order={order} />}
          <div className={cn('grid gap-4', wide && 'lg:grid-cols-2')}>
            <PaymentCard order={order} />
            <AllocationCard order={order} />
          </div>
          {!wide && <TagsCard order={order} tagsById={tagsById} />}
          {!wide && <NotesCard order={order} />}
          <ShipmentsCard order={order} />
          <RefundsCard order={order} />
          {order.shipments.length > 0 && <NotificationsCard order={order} />}
          <OrderTimeline order={order} tagsById={tagsById} />
        </div>
        {wide && (
          <div className="flex min-w-0 flex-col gap-4">
            <CustomerCard order={order} />
            <AddressCard order={order} />
            <TagsCard order={order} tagsById={tagsById} />
            <NotesCard order={order} />
          </div>
        )}
      </div>
    </div>
  );
}
