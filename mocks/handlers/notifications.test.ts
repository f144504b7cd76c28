// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import {
  NotificationLogEntry,
  NotificationTemplate,
  PublicTracking,
  type NotificationTemplateUpdate,
} from '@/api/contract';
import { ItemsOf } from '@/api/contract/endpoint';
import { SMS_MAX_CHARS } from '@/domain/notification/templates';
import { composeNotification } from '../db/notifications';
import { SEEDED_TEMPLATES } from '../seed/notification-templates';
import { problemOf, send } from './order-fixtures';
import { API, authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const asStore = authed(mock, 'store.sh');
const asManager = authed(mock, 'manager.east');
const asAdmin = authed(mock, 'admin');

const TemplateList = ItemsOf(NotificationTemplate);
const Log = ItemsOf(NotificationLogEntry);

const update = (version: number, change: Partial<NotificationTemplateUpdate> = {}) => ({
  version,
  ...SEEDED_TEMPLATES.delayed['zh-CN'],
  sms: '{customerName}您好，订单{orderNumber}会晚一两天到，抱歉：{trackingLink}',
  ...change,
});
const save = (call: typeof asAdmin, body: NotificationTemplateUpdate) =>
  send(call, '/notification-templates/delayed/zh-CN', body, 'PUT');

describe('notification templates', () => {
  it('are read by anyone signed in: every kind in every language', async () => {
    const response = await asStore('/notification-templates');
    expect(response.status).toBe(200);
    const { items } = TemplateList.parse(await response.json());
    expect(items).toHaveLength(15);
    expect(items.find((t) => t.kind === 'shipped' && t.locale === 'zh-TW')).toMatchObject({
      version: 1,
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('are changed by an admin, recorded, and kept for persistence', async () => {
    const response = await save(asAdmin, update(1));
    expect(response.status).toBe(200);
    const saved = NotificationTemplate.parse(await response.json());
    expect(saved).toMatchObject({ kind: 'delayed', locale: 'zh-CN', version: 2 });
    expect(saved.updatedBy?.id).toBe('u-admin');
    expect(saved.sms).toBe(update(1).sms);
    const { items } = TemplateList.parse(await (await asStore('/notification-templates')).json());
    expect(items.find((t) => t.kind === 'delayed' && t.locale === 'zh-CN')).toEqual(saved);
    expect(db.audit[0]).toMatchObject({
      action: 'notification_template.updated',
      detail: { kind: 'delayed', locale: 'zh-CN', version: 2 },
    });
    expect(db.exportOverlay().notificationTemplates?.['delayed|zh-CN']?.version).toBe(2);
  });

  it.each([
    ['a manager', asManager],
    ['store staff', asStore],
  ])('may not be changed by %s (403)', async (_, call) => {
    expect((await problemOf(await save(call, update(1)), 403)).code).toBe('forbidden');
    expect(db.exportOverlay().notificationTemplates).toBeUndefined();
  });

  it('answer 409 with who changed them when the version is stale', async () => {
    expect((await save(asAdmin, update(1))).status).toBe(200);
    const problem = await problemOf(await save(asAdmin, update(1, { sms: '{trackingLink}' })), 409);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toMatchObject({ version: 2, updatedBy: { id: 'u-admin' } });
  });

  it.each<[string, Partial<NotificationTemplateUpdate>, string, string]>([
    ['an empty SMS', { sms: '  ' }, 'sms', 'empty'],
    [
      'an SMS over one message',
      { sms: `${'好'.repeat(SMS_MAX_CHARS)}{trackingLink}` },
      'sms',
      'too_long',
    ],
    ['an SMS without the link', { sms: '订单{orderNumber}会晚到' }, 'sms', 'missing_tracking_link'],
    ['an empty subject', { emailSubject: '' }, 'emailSubject', 'empty'],
    [
      'an unknown placeholder',
      { emailBody: '优惠券：{coupon}' },
      'emailBody',
      'unknown_placeholder',
    ],
  ])('refuse %s with 422 on that field', async (_, change, field, code) => {
    const problem = await problemOf(await save(asAdmin, update(1, change)), 422);
    expect(problem.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(db.exportOverlay().notificationTemplates).toBeUndefined();
  });
});

describe('an order’s messages', () => {
  const delivered = () =>
    db.orders.find((o) => o.status === 'delivered' && db.storeOf(o).id === 'st-sh01')!;

  it('are what the parcel sent automatically, newest first, placeholders filled', async () => {
    const row = delivered();
    const response = await asStore(`/orders/${row.id}/notifications`);
    expect(response.status).toBe(200);
    const { items } = Log.parse(await response.json());
    const kinds = items.filter((m) => m.channel === 'sms').map((m) => m.kind);
    expect(kinds[0]).toBe('delivered');
    expect(kinds.at(-1)).toBe('shipped');
    expect(kinds).toContain('out_for_delivery');
    for (const message of items) {
      expect(message.body).not.toMatch(/\{\w+\}/);
      expect(message.body).toContain(row.number);
      expect(message.to).toMatch(/\*{3}/);
    }
  });

  it('include what staff sent, whose link opens the public tracking page', async () => {
    const row = delivered();
    const admin = { id: 'u-admin', name: '陈静' };
    const at = mock.ctx.now();
    db.updateOrder(
      row.id,
      (draft) => {
        const message = composeNotification(db, draft, draft.shipment!, 'delivered', 'sms', {
          at,
          trigger: 'staff',
          by: admin,
          origin: new URL(API).origin,
        });
        draft.notifications = [...(draft.notifications ?? []), message];
      },
      { at, by: admin },
    );
    const { items } = Log.parse(await (await asAdmin(`/orders/${row.id}/notifications`)).json());
    const staff = items.find((m) => m.trigger === 'staff')!;
    expect(staff).toMatchObject({ kind: 'delivered', channel: 'sms', by: admin, subject: null });
    const link = new URL(/https?:\/\/\S+/.exec(staff.body)![0]);
    expect(link.origin + link.pathname).toBe(`${new URL(API).origin}/track`);
    const opened = await fetch(`${API}/public/tracking/${link.searchParams.get('t')!}`);
    expect(opened.status).toBe(200);
    expect(PublicTracking.parse(await opened.json()).orderNumber).toBe(row.number);
  });

  it('are 404 for an unknown order and 403 outside the user’s scope', async () => {
    expect((await problemOf(await asAdmin('/orders/o209901010000/notifications'), 404)).code).toBe(
      'not_found',
    );
    const elsewhere = db.orders.find((o) => db.storeOf(o).id === 'st-bj01')!;
    expect(
      (await problemOf(await asStore(`/orders/${elsewhere.id}/notifications`), 403)).code,
    ).toBe('out_of_scope');
  });
});
