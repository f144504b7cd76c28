import { useMemo } from 'react';
import type { Tag } from '@/api/contract/reference';
import { useTags } from '../api/list-tags';

const NO_TAGS = new Map<string, Tag>();

export function useTagsById(): ReadonlyMap<string, Tag> {
  const { data } = useTags();
  return useMemo(() => (data ? new Map(data.map((tag) => [tag.id, tag])) : NO_TAGS), [data]);
}
