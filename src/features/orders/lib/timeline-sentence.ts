import type { TFunction } from '@/i18n';
import type { TimelineEvent } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';

type EventData = TimelineEvent['data'];

function text(data: EventData, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A code translated from one of the namespace's catalogues; an unknown code is shown as sent. */
function translated(t: TFunction<'orders'>, group: string, code: string | undefined): string {
  if (!code) return t('timeline.unknown');
  const key = `${group}.${code}`;
  return t(key, { defaultValue: code });
}

/**
 * One sentence per timeline event, in the user's language, from the event's kind and data
 * (the backend sends codes and names, never text in a particular language).
 */
export function timelineSentence(
  t: TFunction<'orders'>,
  event: TimelineEvent,
  tagsById: ReadonlyMap<string, Tag>,
): string {
  const { data } = event;
  const actor =
    event.actor?.name ?? (event.kind === 'placed' ? t('timeline.customer') : t('timeline.system'));
  const reasonGroup = event.kind === 'held' ? 'holdReason' : 'cancelReason';
  const tagId = text(data, 'tagId');
  const values = {
    actor,
    reason: translated(t, reasonGroup, text(data, 'reason')),
    tag:
      text(data, 'tagName', 'tag') ??
      (tagId ? tagsById.get(tagId)?.name : undefined) ??
      t('timeline.unknown'),
    location: text(data, 'locationName', 'location') ?? t('timeline.unknown'),
    carrier: translated(t, 'carrier', text(data, 'carrier')),
    waybill: text(data, 'waybill') ?? '',
    status: translated(t, 'tracking', text(data, 'status', 'trackingStatus')),
    method: translated(t, 'paymentMethod', text(data, 'method', 'paymentMethod')),
  };
  return t(`timeline.${event.kind}`, values);
}

/** The free-text part of an event (a hold note, a tracking place), shown under the sentence. */
export function timelineDetail(t: TFunction<'orders'>, event: TimelineEvent): string | undefined {
  if (event.kind === 'address_changed') {
    const before = text(event.data, 'before');
    const after = text(event.data, 'after');
    if (before && after) return t('timeline.addressChange', { before, after });
  }
  const note = text(event.data, 'note');
  if (note) return t('timeline.note', { note });
  if (event.kind === 'tracking_updated') return text(event.data, 'place', 'text');
  return undefined;
}
