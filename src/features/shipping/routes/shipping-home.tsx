import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session-store';
import { PageHeader } from '@/components/page-header';
import { canUseArea } from '@/domain/access';
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

export function Component() {
  const { t } = useTranslation('shipping');
  const { state, update } = useQueueState();
  const user = useCurrentUser();
  const canOpenOrders = user ? canUseArea(user.role, 'orders') : false;
  const counts = useQueueCounts();
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
          { label: t('counts.toAllocate'), value: counts.data?.approved, to: paths.allocate },
          { label: t('counts.toShip'), value: counts.data?.allocated, to: paths.waybills },
          {
            label: t('counts.shippedToday'),
            // The order list can filter by placing date only; a count by shipping date needs the backend.
            value: null,
            hint: t('counts.shippedTodayUnavailable'),
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
