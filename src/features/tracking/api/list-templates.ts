import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import { queryKeys } from '@/api/query-keys';

export function templatesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.notifications.templates(),
    queryFn: ({ signal }) => backend.listNotificationTemplates({}, { signal }),
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

export function useNotificationTemplates() {
  const backend = useBackend();
  return useQuery(templatesOptions(backend));
}
