import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import { TagList } from '../tag-list';
import { Section } from './section';

/** The order's tags in their colours; the Tags action changes them. */
export function TagsCard({
  order,
  tagsById,
}: {
  order: Order;
  tagsById: ReadonlyMap<string, Tag>;
}) {
  const { t } = useTranslation('orders');
  return (
    <Section title={t('detail.tags')}>
      {order.tagIds.length > 0 ? (
        <TagList tagIds={order.tagIds} tagsById={tagsById} />
      ) : (
        <p className="text-sm text-slate-500">{t('detail.noTags')}</p>
      )}
    </Section>
  );
}
