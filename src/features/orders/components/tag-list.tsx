import { Badge, TAG_COLOR_TONES } from '@/components/badge';
import type { Tag } from '@/api/contract/reference';

/** The order's tags by name and colour; ids the tag list does not know (yet) are left out. */
export function TagList({
  tagIds,
  tagsById,
}: {
  tagIds: readonly string[];
  tagsById: ReadonlyMap<string, Tag>;
}) {
  const tags = tagIds.map((id) => tagsById.get(id)).filter((tag): tag is Tag => tag !== undefined);
  if (tags.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {tags.map((tag) => (
        <Badge key={tag.id} tone={TAG_COLOR_TONES[tag.color] ?? 'neutral'}>
          {tag.name}
        </Badge>
      ))}
    </span>
  );
}
