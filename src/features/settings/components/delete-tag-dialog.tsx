import { useState } from 'react';
import { useTranslation } from '@/i18n';
import type { Tag } from '@/api/contract/reference';
import { isApiError } from '@/api/errors';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { describeError } from '@/components/error-message';
import { toast } from '@/components/toast';
import { formatNumber } from '@/lib/format';
import { useDeleteTag } from '../api/tag-mutations';

/** Asks before deleting a tag, saying how many orders lose it. */
export function DeleteTagDialog({
  tag,
  onOpenChange,
}: {
  /** The tag to delete; the dialog is open while there is one. */
  tag: Tag | null;
  onOpenChange: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation('settings');
  const deleteTag = useDeleteTag();
  // The words stay while the dialog closes, after the tag is no longer given.
  const [shown, setShown] = useState(tag);
  if (tag && tag !== shown) setShown(tag);

  async function remove() {
    if (!tag) return;
    const { name } = tag;
    try {
      await deleteTag.mutateAsync(tag.id);
      toast.success(t('tags.toast.deleted', { name }));
    } catch (error) {
      // Someone else deleted it first: the outcome the person wanted, and the list refreshes.
      if (isApiError(error, 'not_found')) toast.info(t('tags.errors.gone'));
      else toast.error(t('tags.toast.deleteFailed', { reason: describeError(t, error) }));
    }
  }

  const count = shown?.orderCount ?? 0;
  return (
    <ConfirmDialog
      open={tag !== null}
      onOpenChange={onOpenChange}
      tone="danger"
      title={t('tags.delete.title', { name: shown?.name ?? '' })}
      description={
        count > 0
          ? t('tags.delete.body', { count, n: formatNumber(count, i18n.language) })
          : t('tags.delete.bodyUnused')
      }
      confirmLabel={t('tags.delete.confirm')}
      onConfirm={remove}
    />
  );
}
