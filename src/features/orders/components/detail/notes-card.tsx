import { useTranslation } from '@/i18n';
import type { Order } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';
import { Badge } from '@/components/badge';
import { useOrderFormatting } from '../../lib/use-order-formatting';
import { TagList } from '../tag-list';
import { Section } from './section';

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
      {order.riskFlags.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs text-slate-500">{t('detail.risk')}</h3>
          <ul className="mt-1 flex flex-wrap gap-1">
            {order.riskFlags.map((flag) => (
              <li key={flag}>
                <Badge tone="danger">{t(`riskFlag.${flag}`)}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

/** Internal notes, newest first. Read-only here; editing comes with the review workflow. */
export function NotesCard({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const format = useOrderFormatting();
  const notes = [...order.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title={t('detail.notes')}>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-500">{t('detail.noNotes')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {notes.map((note) => (
            <li key={note.id} className="text-sm">
              <p className="whitespace-pre-wrap text-slate-900">{note.body}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {t('detail.noteBy', {
                  name: note.author.name,
                  time: format.dateTime(note.createdAt, order.timeZone),
                })}
                {note.updatedAt && t('detail.edited')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
