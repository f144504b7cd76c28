// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_LOCALES,
  NOTIFICATION_KINDS,
  SMS_MAX_CHARS,
  templateProblems,
  type CustomerLocale,
} from '@/domain/notification/templates';
import { verifyTrackingToken } from '../handlers/tracking-token';
import { generateSeed } from '../seed';
import { customerLocaleOf } from '../seed/customer-locale';
import { SEEDED_TEMPLATES } from '../seed/notification-templates';
import { MockDb } from './database';
import {
  composeNotification,
  currentTemplates,
  messageDate,
  notificationLogOf,
  templateOf,
} from './notifications';
import type { OrderRow, Overlay, TemplateRow } from './types';

const NOW = Date.parse('2026-11-22T06:00:00Z');
const ORIGIN = 'https://shop.example';
const data = generateSeed({ seed: 7, orders: 1_500, now: NOW });
const admin = { id: 'u-admin', name: '陈静' };

const shippedTo = (db: MockDb, locale: CustomerLocale, withEmail: boolean): OrderRow =>
  db.orders.find((o) => {
    if (!o.shipment) return false;
    const customer = db.customerOf(o);
    return customerLocaleOf(customer) === locale && (customer.email !== null) === withEmail;
  })!;

describe('seeded templates', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => CUSTOMER_LOCALES.map((locale) => [kind, locale])))(
    '%s in %s can be saved as it is and fits in one SMS',
    (kind, locale) => {
      const text = SEEDED_TEMPLATES[kind as 'shipped'][locale as CustomerLocale];
      expect(templateProblems(text)).toEqual([]);
      expect(text.sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    },
  );

  it('are all there, kind by kind, at version 1', () => {
    const all = currentTemplates(new MockDb(data));
    expect(all).toHaveLength(15);
    expect(all.slice(0, 3).map((t) => [t.kind, t.locale])).toEqual([
      ['shipped', 'zh-CN'],
      ['shipped', 'zh-TW'],
      ['shipped', 'en'],
    ]);
    expect(all.every((t) => t.version === 1 && t.updatedBy === null)).toBe(true);
  });
});

describe('changed templates', () => {
  const changed: TemplateRow = {
    ...SEEDED_TEMPLATES.delayed.en,
    sms: 'Sorry {customerName}, {orderNumber} is late: {trackingLink}',
    kind: 'delayed',
    locale: 'en',
    version: 2,
    updatedAt: NOW,
    updatedBy: admin,
  };

  it('replace the seeded wording, survive a reload and go with a reset', () => {
    const db = new MockDb(data);
    db.replaceTemplate(changed);
    expect(templateOf(db, 'delayed', 'en')).toEqual(changed);
    expect(templateOf(db, 'delayed', 'zh-CN').version).toBe(1);

    const overlay = JSON.parse(JSON.stringify(db.exportOverlay())) as Overlay;
    expect(Object.keys(overlay.notificationTemplates ?? {})).toEqual(['delayed|en']);
    const reloaded = new MockDb(data);
    reloaded.applyOverlay(overlay);
    expect(templateOf(reloaded, 'delayed', 'en')).toEqual(changed);

    db.load(data);
    expect(templateOf(db, 'delayed', 'en').version).toBe(1);
    expect(db.exportOverlay().notificationTemplates).toBeUndefined();
  });

  it('word messages sent after the change; earlier ones keep the seeded wording', () => {
    const db = new MockDb(data);
    db.replaceTemplate({
      ...changed,
      locale: 'zh-CN',
      sms: '抱歉，{orderNumber}晚到了：{trackingLink}',
    });
    const row = shippedTo(db, 'zh-CN', false);
    const compose = (at: number) =>
      composeNotification(db, row, row.shipment!, 'delayed', 'sms', {
        at,
        trigger: 'staff',
        by: admin,
        origin: ORIGIN,
      }).body;
    expect(compose(NOW + 1)).toMatch(/^抱歉，SO\d+晚到了：https:/);
    expect(compose(NOW - 1)).toContain('可能会晚一点送达');
  });
});

describe('messageDate', () => {
  it.each([
    ['2026-11-24T16:30:00Z', 'zh-CN', '11月25日'],
    ['2026-11-24T15:59:00Z', 'zh-CN', '11月24日'],
    ['2026-11-24T16:30:00Z', 'zh-TW', '11月25日'],
    ['2026-11-24T16:30:00Z', 'en', 'Nov 25'],
    ['2026-01-01T00:00:00Z', 'en', 'Jan 1'],
  ] as const)('%s in Shanghai, %s → %s', (at, locale, expected) => {
    expect(messageDate(Date.parse(at), 'Asia/Shanghai', locale)).toBe(expected);
  });
});

describe('composeNotification', () => {
  const db = new MockDb(data);
  const options = { at: NOW, trigger: 'staff', by: admin, origin: ORIGIN } as const;

  it.each([
    [
      'zh-CN',
      '顺丰速运|京东物流|中通快递|圆通速递|申通快递|韵达快递|中国邮政 EMS|极兔速递|德邦快递',
    ],
    [
      'zh-TW',
      '順豐速運|京東物流|中通快遞|圓通速遞|申通快遞|韻達快遞|中國郵政 EMS|極兔速遞|德邦快遞',
    ],
    [
      'en',
      'SF Express|JD Logistics|ZTO Express|YTO Express|STO Express|Yunda Express|China Post EMS|J&T Express|Deppon Express',
    ],
  ] as const)('writes an SMS in %s with every placeholder filled', (locale, carriers) => {
    const row = shippedTo(db, locale, false);
    const customer = db.customerOf(row);
    const message = composeNotification(db, row, row.shipment!, 'shipped', 'sms', options);
    expect(message).toMatchObject({ locale, channel: 'sms', subject: null, trigger: 'staff' });
    expect(message.id).toBe(`${row.id}-ms1`);
    expect(message.body).not.toMatch(/\{\w+\}/);
    expect(message.body).toContain(row.number);
    expect(message.body).toContain(row.shipment!.waybill);
    expect(message.body).toMatch(new RegExp(carriers.replace(/&/g, '\\&')));
    expect(message.body).toMatch(
      locale === 'en' ? /expected [A-Z][a-z]{2} \d{1,2}/ : /[预預][计計]\d{1,2}月\d{1,2}日/,
    );
    expect(message.to).toBe(`${customer.phone.slice(0, 3)}****${customer.phone.slice(7)}`);
  });

  it('links to the tracking page with a token that names the order', () => {
    const row = shippedTo(db, 'zh-CN', true);
    const message = composeNotification(db, row, row.shipment!, 'exception', 'email', options);
    const link = /https:\/\/shop\.example\/track\?t=(\S+)/.exec(message.body);
    expect(link).not.toBeNull();
    expect(verifyTrackingToken(link![1]!, NOW)).toBe(row.id);
    expect(message.subject).toContain(row.number);
    expect(message.to).toMatch(/^.{1,2}\*\*\*@/);
  });

  it('refuses an e-mail to a customer who gave no address (422)', () => {
    const row = shippedTo(db, 'zh-CN', false);
    expect(() => composeNotification(db, row, row.shipment!, 'delayed', 'email', options)).toThrow(
      expect.objectContaining({ status: 422 }),
    );
  });
});

describe('notificationLogOf', () => {
  const db = new MockDb(data);
  const delivered = db.orders.find(
    (o) =>
      o.shipment?.deliveredAt != null &&
      o.shipment.delayDays === 0 &&
      !o.shipment.failedAttempt &&
      db.customerOf(o).email !== null,
  )!;

  it('lists what the parcel sent on its way, newest first, e-mail for shipping only', () => {
    const log = notificationLogOf(db, delivered, NOW, ORIGIN);
    expect(log.map((m) => [m.kind, m.channel])).toEqual([
      ['delivered', 'sms'],
      ['out_for_delivery', 'sms'],
      ['shipped', 'sms'],
      ['shipped', 'email'],
    ]);
    expect(log.every((m) => m.trigger === 'automatic' && m.by === null)).toBe(true);
    expect(log.every((m) => m.orderId === delivered.id && !/\{\w+\}/.test(m.body))).toBe(true);
    expect(new Set(log.map((m) => m.id)).size).toBe(log.length);
    expect(notificationLogOf(db, delivered, NOW, ORIGIN)).toEqual(log);
  });

  it('tells of a delay and an exception', () => {
    const delayed = db.orders.find(
      (o) => o.shipment && o.shipment.delayDays > 0 && o.shipment.deliveredAt,
    )!;
    expect(notificationLogOf(db, delayed, NOW, ORIGIN).map((m) => m.kind)).toContain('delayed');
    const lost = db.orders.find((o) => o.shipment?.exception && db.customerOf(o).email !== null)!;
    const kinds = notificationLogOf(db, lost, NOW, ORIGIN).map((m) => `${m.kind}/${m.channel}`);
    expect(kinds[0]).toBe('exception/sms');
    expect(kinds).toContain('exception/email');
  });

  it('adds the messages staff sent, in their place', () => {
    const staffAt = NOW + 60_000;
    const updated = db.updateOrder(
      delivered.id,
      (draft) => {
        const message = composeNotification(db, draft, draft.shipment!, 'delivered', 'sms', {
          at: staffAt,
          trigger: 'staff',
          by: admin,
          origin: ORIGIN,
        });
        draft.notifications = [...(draft.notifications ?? []), message];
      },
      { at: staffAt, by: admin },
    );
    const [newest] = notificationLogOf(db, updated, staffAt, ORIGIN);
    expect(newest).toMatchObject({
      id: `${delivered.id}-ms1`,
      trigger: 'staff',
      by: admin,
      at: new Date(staffAt).toISOString(),
    });
  });

  it('is empty before anything shipped', () => {
    const waiting = db.orders.find((o) => o.shipment === null)!;
    expect(notificationLogOf(db, waiting, NOW, ORIGIN)).toEqual([]);
  });
});
