import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Backend } from '@/api/backend';
import { useBackend } from '@/api/backend-context';
import type { NotificationTemplate, NotificationTemplateUpdate } from '@/api/contract/tracking';
import { queryKeys } from '@/api/query-keys';
import type { CustomerLocale, NotificationKind } from '@/domain/notification/templates';

export function notificationTemplatesOptions(backend: Backend) {
  return queryOptions({
    queryKey: queryKeys.notifications.templates(),
    queryFn: ({ signal }) => backend.listNotificationTemplates({}, { signal }),
  });
}

export function useNotificationTemplates() {
  return useQuery(notificationTemplatesOptions(useBackend()));
}

export interface TemplateSave extends NotificationTemplateUpdate {
  kind: NotificationKind;
  locale: CustomerLocale;
}

/** Saves one template against the version it was read at; the answer replaces it in the list. */
export function useUpdateNotificationTemplate() {
  const backend = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, locale, ...body }: TemplateSave) =>
      backend.updateNotificationTemplate({ params: { kind, locale }, body }),
    onSuccess: (saved: NotificationTemplate) => {
      queryClient.setQueryData(notificationTemplatesOptions(backend).queryKey, (list) =>
        list
          ? {
              items: list.items.map((template) =>
                template.kind === saved.kind && template.locale === saved.locale ? saved : template,
              ),
            }
          : list,
      );
    },
  });
}
