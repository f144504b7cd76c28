import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { Tag } from '@/api/contract/reference';
import { useCurrentUser } from '@/api/session-store';
import { canManageTags } from '@/domain/access';
import { Badge, TAG_COLOR_TONES } from '@/components/badge';
import { Button } from '@/components/button';
import { EmptyState, ErrorState, SkeletonRows } from '@/components/states';
import { formatNumber } from '@/lib/format';
import { useTags } from '../api/tags';
import { DeleteTagDialog } from './delete-tag-dialog';
import { SettingsSection } from './settings-section';
import { TagFormDialog } from './tag-form-dialog';

type Editing = { mode: 'create' } | { mode: 'edit'; tag: Tag } | null;

export function TagsSection() {
  const { t } = useTranslation('settings');
  const tags = useTags();
  const role = useCurrentUser()?.role;
  const canEdit = role !== undefined && canManageTags(role);
  const [editing, setEditing] = useState<Editing>(null);
  const [lastEditing, setLastEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);

  // The form keeps showing what it was opened for while it closes.
  if (editing && editing !== lastEditing) setLastEditing(editing);
  const shown = editing ?? lastEditing;

  return (
    <SettingsSection
      id="settings-tags"
      title={t('tags.title')}
      description={canEdit ? t('tags.description') : t('tags.readOnly')}
    >
      {canEdit && (
        <div className="mb-3 flex justify-end">
          <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
            {t('tags.create')}
          </Button>
        </div>
      )}
      {tags.isPending ? (
        <SkeletonRows rows={3} />
      ) : tags.isError ? (
        <ErrorState error={tags.error} onRetry={() => void tags.refetch()} />
      ) : tags.data.items.length === 0 ? (
        <EmptyState title={t('tags.empty')} />
      ) : (
        <TagsTable
          tags={tags.data.items}
          canEdit={canEdit}
          onEdit={(tag) => setEditing({ mode: 'edit', tag })}
          onDelete={setDeleting}
        />
      )}
      {canEdit && (
        <>
          <TagFormDialog
            open={editing !== null}
            onOpenChange={(open) => {
              if (!open) setEditing(null);
            }}
            tag={shown?.mode === 'edit' ? shown.tag : undefined}
          />
          <DeleteTagDialog
            tag={deleting}
            onOpenChange={(open) => {
              if (!open) setDeleting(null);
            }}
          />
        </>
      )}
    </SettingsSection>
  );
}

function TagsTable({
  tags,
  canEdit,
  onEdit,
  onDelete,
}: {
  tags: readonly Tag[];
  canEdit: boolean;
  onEdit: (tag: Tag) => void;
  onDelete: (tag: Tag) => void;
}) {
  const { t, i18n } = useTranslation('settings');
  return (
    <>
      <p className="mb-2 text-xs text-slate-600">{t('tags.count', { count: tags.length })}</p>
      <table className="w-full text-sm">
        <caption className="sr-only">{t('tags.title')}</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('tags.columns.tag')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t('tags.columns.orders')}
            </th>
            {canEdit && (
              <th scope="col" className="py-2 text-right font-medium">
                <span className="sr-only">{t('tags.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tags.map((tag) => (
            <tr key={tag.id}>
              <th
                scope="row"
                className="py-1.5 pr-3 text-left font-normal"
                // The colour is seen on the badge; a screen reader hears it with the name.
                aria-label={t('tags.nameWithColor', {
                  name: tag.name,
                  color: t(`tags.colors.${tag.color}`),
                })}
              >
                <Badge tone={TAG_COLOR_TONES[tag.color] ?? 'neutral'}>{tag.name}</Badge>
              </th>
              <td className="py-1.5 pr-3 text-right text-slate-700 tabular-nums">
                {formatNumber(tag.orderCount, i18n.language)}
              </td>
              {canEdit && (
                <td className="py-1.5 text-right whitespace-nowrap">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('tags.editLabel', { name: tag.name })}
                    aria-haspopup="dialog"
                    onClick={() => onEdit(tag)}
                  >
                    {t('tags.edit')}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('tags.deleteLabel', { name: tag.name })}
                    aria-haspopup="dialog"
                    onClick={() => onDelete(tag)}
                  >
                    {t('tags.delete.action')}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
