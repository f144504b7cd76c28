import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';
import type { User } from '@/api/contract/auth';

/** The stores, warehouses or regions a user works on, in words ("上海徐汇店", "华东"). */
export function useScopeLabel(user: User): string {
  const { t, i18n } = useTranslation('common');
  const backend = useBackend();
  const stores = useQuery({
    queryKey: queryKeys.stores.list(),
    queryFn: ({ signal }) => backend.listStores({}, { signal }),
    enabled: user.role === 'store_staff',
    staleTime: 5 * 60_000,
  });
  const locations = useQuery({
    queryKey: queryKeys.locations.list(),
    queryFn: ({ signal }) => backend.listLocations({}, { signal }),
    enabled: user.role === 'warehouse',
    staleTime: 5 * 60_000,
  });
  const list = (names: string[]) =>
    new Intl.ListFormat(i18n.language, { style: 'narrow', type: 'unit' }).format(names);

  switch (user.role) {
    case 'admin':
      return t('scope.all');
    case 'manager':
      return t('scope.regions', {
        names: list(user.regions.map((region) => t(`region.${region}`))),
      });
    case 'store_staff': {
      const names = stores.data?.items
        .filter((store) => user.storeIds.includes(store.id))
        .map((store) => store.name);
      return t('scope.stores', { names: list(names?.length ? names : user.storeIds) });
    }
    case 'warehouse': {
      const names = locations.data?.items
        .filter((location) => user.locationIds.includes(location.id))
        .map((location) => location.name);
      return t('scope.locations', { names: list(names?.length ? names : user.locationIds) });
    }
  }
}
