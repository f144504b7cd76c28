import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';
import { useRuntimeConfig } from '@/api/runtime-context';
import { useCurrentUser } from '@/api/session-store';
import { PageHeader } from '@/components/page-header';
import { canUseArea } from '@/domain/access';
import { dateInTimeZone } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useLocations } from '../api/locations';
import { useQueueCounts } from '../api/queue-counts';
import { CountCards } from '../components/count-cards';
import { LocationSelect } from '../components/location-select';
import { ShippedPanel } from '../components/shipped-panel';
import { Tabs } from '../components/shipping-tabs';
import { ToShipPanel } from '../components/to-ship-panel';
import { canCorrectWaybill } from '../lib/permissions';
import type { ShippingTab } from '../lib/queue-params';
import { useQueueState } from '../lib/use-queue-state';

/**
 * Orders whose parcel left today (in the store's time zone), whatever happened to them since.
 * The backend keeps the count to the user's scope: a warehouse's own locations, every one for an admin.
 */
function useShippedTodayCount() {
  const backend = useBackend();
  const { timeZone } = useRuntimeConfig();
  const today = dateInTimeZone(new Date(), timeZone);
  const query = { shippedFrom: today, shippedTo: today };
  return useQuery({
    queryKey: queryKeys.orders.counts(query),
    queryFn: ({ signal }) => backend.orderCounts({ query }, { signal }),
    select: (counts) => counts.all,
  });
}

/** undefined while loading, null when it could not be loaded. */
function countOf<T>(query: { isError: boolean; data: T | undefined }): T | null | undefined {
  return query.isError ? null : query.data;
}

export function Component() {
  const { t } = useTranslation('shipping');
  const { state, update } = useQueueState();
  const user = useCurrentUser();
  const canOpenOrders = user ? canUseArea(user.role, 'orders') : false;
  const counts = useQueueCounts();
  const queue = countOf(counts);
  const shippedToday = useShippedTodayCount();
  const locations = useLocations().data?.items ?? [];

  const onlyLocation = locations.length === 1 ? locations[0]?.id : undefined;
  const printLocationId = state.location || onlyLocation || '';
  const locationFilter =
    locations.length > 1 ? (
      <LocationSelect
        locations={locations}
        value={state.location}
        onChange={(location) => update({ location })}
      />
    ) : null;

  const tabs: { id: ShippingTab; label: string }[] = [
    { id: 'toShip', label: t('tabs.toShip') },
    { id: 'shipped', label: t('tabs.shipped') },
  ];

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <CountCards
        label={t('counts.label')}
        items={[
          { label: t('counts.toAllocate'), value: queue && queue.approved, to: paths.allocate },
          { label: t('counts.toShip'), value: queue && queue.allocated, to: paths.waybills },
          {
            label: t('counts.shippedToday'),
            value: countOf(shippedToday),
            // The shipped tab has no shipping-day filter: it opens on every shipped order.
            to: `${paths.shipping}?tab=shipped`,
          },
        ]}
      />
      <Tabs
        label={t('tabs.label')}
        idPrefix="shipping"
        tabs={tabs}
        selected={state.tab}
        onSelect={(tab) => update({ tab, q: '' })}
      >
        {state.tab === 'toShip' ? (
          <ToShipPanel
            state={state}
            update={update}
            canOpenOrders={canOpenOrders}
            printLocationId={printLocationId}
            locationFilter={locationFilter}
          />
        ) : (
          <ShippedPanel
            state={state}
            update={update}
            canOpenOrders={canOpenOrders}
            canCorrect={user ? canCorrectWaybill(user.role) : false}
            locationFilter={locationFilter}
          />
        )}
      </Tabs>
    </div>
  );
}
