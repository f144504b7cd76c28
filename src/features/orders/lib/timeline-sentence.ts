import type { TFunction } from '@/i18n';
import type { TimelineEvent } from '@/api/contract/orders';
import type { Tag } from '@/api/contract/reference';

type EventData = TimelineEvent['data'];

/** What a sentence needs besides the event: names of tags, money in the user's format, parcels. */
export interface TimelineContext {
  tagsById: ReadonlyMap<string, Tag>;
  /** An amount in fen, as the user reads money. */
  money: (fen: number) => string;
  /** The waybill of one of the order's parcels, by its id. */
  waybillOf?: (shipmentId: string) => string | undefined;
}

function text(data: EventData, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function amountOf(data: EventData, context: TimelineContext): string | undefined {
  const value = data.amount;
  const fen = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(fen) ? context.money(fen) : undefined;
}

/** A code translated from one of the namespace's catalogues; an unknown code is shown as sent. */
function translated(t: TFunction, group: string, code: string | undefined): string {
  if (!code) return t('timeline.unknown');
  const key = `${group}.${code}`;
  return t(key, { defaultValue: code });
}

/** The reasons a resolution dealt with, sent as one comma-separated string of attention kinds. */
function attentionKinds(t: TFunction, data: EventData): string {
  const kinds = (text(data, 'kinds') ?? '').split(/[,\s]+/).filter(Boolean);
  if (kinds.length === 0) return t('timeline.unknown');
  return kinds
    .map((kind) => t(`tracking-events:attention.${kind}`, { defaultValue: kind }))
    .join(t('timeline.listSeparator'));
}

/**
 * One sentence per timeline event, in the user's language, from the event's kind and data
 * (the backend sends codes and names, never text in a particular language).
 */
export function timelineSentence(
  t: TFunction,
  event: TimelineEvent,
  context: TimelineContext,
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
      (tagId ? context.tagsById.get(tagId)?.name : undefined) ??
      t('timeline.unknown'),
    location: text(data, 'locationName', 'location') ?? t('timeline.unknown'),
    carrier: translated(t, 'carrier', text(data, 'carrier')),
    waybill: text(data, 'waybill') ?? '',
    status: translated(t, 'tracking', text(data, 'status', 'trackingStatus')),
    method: translated(t, 'paymentMethod', text(data, 'method', 'paymentMethod')),
    amount: amountOf(data, context) ?? t('timeline.unknown'),
    couponCode: text(data, 'couponCode') ?? t('timeline.unknown'),
    notification: translated(t, 'tracking-events:notification', text(data, 'kind', 'template')),
    channel: translated(t, 'tracking-events:channel', text(data, 'channel')),
    kinds: event.kind === 'exception_resolved' ? attentionKinds(t, data) : '',
  };
  return t(`timeline.${event.kind}`, values);
}

/** The free-text part of an event (a hold note, a tracking place), shown under the sentence. */
export function timelineDetail(
  t: TFunction,
  event: TimelineEvent,
  context?: Pick<TimelineContext, 'waybillOf'>,
): string | undefined {
  const { data } = event;
  if (event.kind === 'address_changed') {
    const before = text(data, 'before');
    const after = text(data, 'after');
    if (before && after) return t('timeline.addressChange', { before, after });
  }
  if (event.kind === 'reshipped') {
    const replaced = text(data, 'replaces');
    const waybill = replaced ? (context?.waybillOf?.(replaced) ?? replaced) : undefined;
    const note = text(data, 'note');
    const lines = [
      waybill ? t('timeline.replaces', { waybill }) : undefined,
      note ? t('timeline.note', { note }) : undefined,
    ].filter(Boolean);
    return lines.length > 0 ? lines.join('\n') : undefined;
  }
  if (event.kind === 'refunded') {
    const reason = text(data, 'reason', 'note');
    return reason ? t('timeline.refundReason', { reason }) : undefined;
  }
  const note = text(data, 'note');
  if (note) return t('timeline.note', { note });
  if (event.kind === 'tracking_updated') return text(data, 'place', 'text');
  return undefined;
}
