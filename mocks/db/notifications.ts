import type { NotificationLogEntry, NotificationTemplate, TrackingEvent } from '@/api/contract';
import { maskEmail, maskPhone } from '@/domain/customer';
import {
  CUSTOMER_LOCALES,
  NOTIFICATION_KINDS,
  renderTemplate,
  type CustomerLocale,
  type NotificationChannel,
  type NotificationKind,
  type PlaceholderValues,
  type TemplateText,
} from '@/domain/notification/templates';
import type { TrackingEventCode } from '@/domain/shipment/tracking';
import { HttpProblem } from '../handlers/problem';
import { signTrackingToken } from '../handlers/tracking-token';
import { customerLocaleOf } from '../seed/customer-locale';
import { CARRIER_NAMES, SEEDED_TEMPLATES } from '../seed/notification-templates';
import type { MockDb } from './database';
import { journeysOf } from './public-tracking';
import { dateParts, dayNumber, iso } from './time';
import type { ActorRow, NotificationRow, OrderRow, ShipmentRow, TemplateRow } from './types';

// ---------------------------------------------------------------------------------------------
// Templates

function seededTemplate(kind: NotificationKind, locale: CustomerLocale): TemplateRow {
  return {
    ...SEEDED_TEMPLATES[kind][locale],
    kind,
    locale,
    version: 1,
    updatedAt: null,
    updatedBy: null,
  };
}

/** The template in force: the one an admin saved last, else the seeded wording. */
export function templateOf(
  db: MockDb,
  kind: NotificationKind,
  locale: CustomerLocale,
): TemplateRow {
  return db.changedTemplate(kind, locale) ?? seededTemplate(kind, locale);
}

/** Every template, kind by kind, each in zh-CN, zh-TW and en. */
export function currentTemplates(db: MockDb): TemplateRow[] {
  return NOTIFICATION_KINDS.flatMap((kind) =>
    CUSTOMER_LOCALES.map((locale) => templateOf(db, kind, locale)),
  );
}

export function toNotificationTemplate(row: TemplateRow): NotificationTemplate {
  return { ...row, updatedAt: row.updatedAt === null ? null : iso(row.updatedAt) };
}

/**
 * The wording a message sent at `at` used. Only the latest change of a template is kept, so a
 * message from before it shows the seeded wording: exact while a template was changed once.
 */
function wordingAt(
  db: MockDb,
  kind: NotificationKind,
  locale: CustomerLocale,
  at: number,
): TemplateText {
  const current = templateOf(db, kind, locale);
  return current.updatedAt === null || current.updatedAt <= at
    ? current
    : SEEDED_TEMPLATES[kind][locale];
}

// ---------------------------------------------------------------------------------------------
// One message

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A day as a message names it, in the store's calendar: 11月25日, or Nov 25. */
export function messageDate(ms: number, timeZone: string, locale: CustomerLocale): string {
  const { month, day } = dateParts(dayNumber(ms, timeZone));
  return locale === 'en' ? `${MONTHS_EN[month - 1] ?? ''} ${day}` : `${month}月${day}日`;
}

/** The page a message links to: the public tracking page opened on this order by a signed token. */
export function trackingLinkOf(origin: string, orderId: string, at: number): string {
  return `${origin}/track?t=${signTrackingToken(orderId, at)}`;
}

/** What fills a template's placeholders for this order and parcel, in the customer's language. */
export function placeholderValuesOf(
  db: MockDb,
  row: OrderRow,
  shipment: ShipmentRow,
  locale: CustomerLocale,
  at: number,
  origin: string,
): PlaceholderValues {
  return {
    customerName: row.address?.recipient ?? db.customerOf(row).name,
    orderNumber: row.number,
    carrier: CARRIER_NAMES[locale][shipment.carrier],
    waybill: shipment.waybill,
    eta: messageDate(shipment.eta, db.storeOf(row).timeZone, locale),
    trackingLink: trackingLinkOf(origin, row.id, at),
  };
}

export interface ComposeOptions {
  at: number;
  trigger: NotificationRow['trigger'];
  by: ActorRow | null;
  /** Where the app is served (`new URL(request.url).origin`): the tracking link starts with it. */
  origin: string;
  /** Defaults to the order's next staff message id (`${orderId}-ms<n>`). */
  id?: string;
}

/**
 * The message the customer gets: the template in force in their language with every
 * placeholder filled, addressed to the phone on the shipping address (an SMS) or the customer's
 * e-mail, masked as staff see it. An e-mail to a customer without an address is a 422.
 */
export function composeNotification(
  db: MockDb,
  row: OrderRow,
  shipment: ShipmentRow,
  kind: NotificationKind,
  channel: NotificationChannel,
  opts: ComposeOptions,
): NotificationRow {
  const customer = db.customerOf(row);
  const locale = customerLocaleOf(customer);
  if (channel === 'email' && customer.email === null)
    throw new HttpProblem(422, 'validation', 'The customer gave no e-mail address', [
      { field: 'channel', code: 'no_email', message: 'The customer has no e-mail address' },
    ]);
  const wording = wordingAt(db, kind, locale, opts.at);
  const values = placeholderValuesOf(db, row, shipment, locale, opts.at, opts.origin);
  return {
    id: opts.id ?? `${row.id}-ms${(row.notifications?.length ?? 0) + 1}`,
    at: opts.at,
    kind,
    channel,
    locale,
    to:
      channel === 'sms'
        ? maskPhone(row.address?.phone ?? customer.phone)
        : maskEmail(customer.email ?? ''),
    subject: channel === 'sms' ? null : renderTemplate(wording.emailSubject, values),
    body: renderTemplate(channel === 'sms' ? wording.sms : wording.emailBody, values),
    trigger: opts.trigger,
    by: opts.by,
  };
}

// ---------------------------------------------------------------------------------------------
// The log

/** The carrier events that make the system write to the customer, and what it writes. */
const AUTOMATIC: Partial<Record<TrackingEventCode, NotificationKind>> = {
  picked_up: 'shipped',
  delay_notice: 'delayed',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  delivered_to_locker: 'delivered',
  exception: 'exception',
};

/**
 * E-mail goes out (to customers who gave an address) only when something starts or goes wrong:
 * shipped and exception. The rest is SMS only, as customers want fewer e-mails and the log stays
 * readable.
 */
const EMAILED: ReadonlySet<NotificationKind> = new Set(['shipped', 'exception']);

/** Each kind is sent once per parcel, on the first event that triggers it. */
function triggersOf(events: readonly TrackingEvent[]): { kind: NotificationKind; at: number }[] {
  const sent = new Map<NotificationKind, number>();
  for (const event of events) {
    const kind = AUTOMATIC[event.code];
    if (kind && !sent.has(kind)) sent.set(kind, Date.parse(event.at));
  }
  if (!sent.has('shipped')) {
    const label = events.find((event) => event.code === 'label_created');
    if (label) sent.set('shipped', Date.parse(label.at));
  }
  return [...sent].map(([kind, at]) => ({ kind, at }));
}

function toLogEntry(row: OrderRow, message: NotificationRow): NotificationLogEntry {
  return { ...message, orderId: row.id, at: iso(message.at) };
}

/**
 * Every message sent about the order, newest first: those the parcels' tracking events sent
 * automatically (up to `now`), and those staff sent (row.notifications).
 */
export function notificationLogOf(
  db: MockDb,
  row: OrderRow,
  now: number,
  origin: string,
): NotificationLogEntry[] {
  const channels: NotificationChannel[] =
    db.customerOf(row).email === null ? ['sms'] : ['sms', 'email'];
  const messages: NotificationRow[] = [];
  journeysOf(db, row, now).forEach(({ shipment, events }, parcel) => {
    for (const { kind, at } of triggersOf(events))
      for (const channel of channels) {
        if (channel === 'email' && !EMAILED.has(kind)) continue;
        messages.push(
          composeNotification(db, row, shipment, kind, channel, {
            at,
            trigger: 'automatic',
            by: null,
            origin,
            id: `${row.id}-m${parcel + 1}-${kind}-${channel}`,
          }),
        );
      }
  });
  messages.push(...(row.notifications ?? []));
  return messages
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((message) => toLogEntry(row, message));
}
