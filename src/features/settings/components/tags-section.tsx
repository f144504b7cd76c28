import { useTranslation } from '@/i18n';
import { Badge, TAG_COLOR_TONES } from '@/components/badge';
import { EmptyState, ErrorState, SkeletonRows } from '@/components/states';
import { useTags } from '../api/tags';
import { SettingsSection } from './settings-section';

export function TagsSection() {
  const { t } = useTranslation('settings');
  const tags = useTags();
  return (
    <SettingsSection id="settings-tags" title={t('tags.title')} description={t('tags.description')}>
      {tags.isPending ? (
        <SkeletonRows rows={3} />
      ) : tags.isError ? (
        <ErrorState error={tags.error} onRetry={() => void tags.refetch()} />
      ) : tags.data.items.length === 0 ? (
        <EmptyState title={t('tags.empty')} />
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-600">
            {t('tags.count', { count: tags.data.items.length })}
          </p>
          <ul aria-label={t('tags.title')} className="flex flex-wrap gap-2">
            {tags.data.items.map((tag) => (
              <li key={tag.id}>
                <Badge tone={TAG_COLOR_TONES[tag.color] ?? 'neutral'}>{tag.name}</Badge>
              </li>
            ))}
          </ul>
        </>
      )}
    </SettingsSection>
  );
}
