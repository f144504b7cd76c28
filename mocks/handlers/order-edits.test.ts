// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { OrderPage } from '@/api/contract';
import { maskPhone } from '@/domain/customer';
import type { OrderRow } from '../db/types';
import { seededNotes } from '../seed/details';
import {
  arrange as arrangeIn,
  orderOf,
  problemOf,
  send,
  type Arranged,
  type Caller,
} from './order-fixtures';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;
const arrange = (storeId: string, status: Arranged) => arrangeIn(db, storeId, status);

const asStore = authed(mock, 'store.sh');
const asWarehouse = authed(mock, 'warehouse.sh');
const asManager = authed(mock, 'manager.east');
const asAdmin = authed(mock, 'admin');

const ADDRESS = {
  recipient: '李雷',
  phone: '139 0000 1234',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  detail: '文三路100号2幢301室',
};

describe('address correction', () => {
  const put = (row: OrderRow, address: object, version = row.version) =>
    send(asStore, `/orders/${row.id}/address`, { version, address }, 'PUT');

  it('stores the corrected address and records before and after in the timeline', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const before = await orderOf(await asStore(`/orders/${row.id}`));
    const order = await orderOf(await put(row, ADDRESS));
    expect(order.shippingAddress).toMatchObject({ ...ADDRESS, phone: '139****1234' });
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'address_changed',
      actor: { id: 'u-store-sh' },
      data: { after: '李雷 139****1234 浙江省杭州市西湖区文三路100号2幢301室' },
    });
    expect(order.timeline.at(-1)!.data.before).toContain(before.shippingAddress.detail);
    expect(order.version).toBe(row.version + 1);
  });

  it('keeps the number when the masked phone is sent back unchanged', async () => {
    const row = arrange('st-sh01', 'approved');
    const phone = db.customerOf(row).phone;
    await orderOf(await put(row, { ...ADDRESS, phone: maskPhone(phone) }));
    expect(db.order(row.id)!.address?.phone).toBe(phone);
  });

  it('answers 422 with the path of every invalid field', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const problem = await problemOf(
      await put(row, { ...ADDRESS, phone: '12345', province: '江南省', detail: '文三路' }),
      422,
    );
    expect(problem.code).toBe('validation');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['address.phone', 'invalid_phone'],
      ['address.province', 'unknown_province'],
      ['address.detail', 'too_short'],
    ]);
  });

  it('refuses a shipped order (409 wrong_state) and a stale version (409 version_conflict)', async () => {
    const shipped = db.orders.find(
      (o) => db.storeOf(o).id === 'st-sh01' && o.status === 'shipped',
    )!;
    expect((await problemOf(await put(shipped, ADDRESS), 409)).code).toBe('wrong_state');
    const row = arrange('st-sh01', 'pending_review');
    expect((await problemOf(await put(row, ADDRESS, row.version - 1), 409)).code).toBe(
      'version_conflict',
    );
  });

  it('drops the incomplete-address flag once the address is complete', async () => {
    const row = arrange('st-sh01', 'on_hold');
    db.updateOrder(row.id, (d) => void (d.riskFlags = ['incomplete_address']), {
      at: row.updatedAt,
      by: null,
      touch: false,
    });
    const order = await orderOf(await put(row, ADDRESS));
    expect(order.riskFlags).not.toContain('incomplete_address');
  });
});

describe('tags', () => {
  const change = (call: Caller, row: OrderRow, body: object) =>
    send(call, `/orders/${row.id}/tags`, body);

  it('adds and removes tags, records them, and the list filter sees the change at once', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const filtered = async () =>
      OrderPage.parse(
        await (await asStore('/orders?tags=tag-complaint&pageSize=1000')).json(),
      ).items.map((o) => o.id);
    expect(await filtered()).not.toContain(row.id);
    const tagged = await orderOf(await change(asStore, row, { add: ['tag-complaint'] }));
    expect(tagged.tagIds).toContain('tag-complaint');
    expect(tagged.timeline.at(-1)).toMatchObject({
      kind: 'tagged',
      data: { tagId: 'tag-complaint', tag: '投诉' },
    });
    expect(await filtered()).toContain(row.id);
    const untagged = await orderOf(await change(asStore, row, { remove: ['tag-complaint'] }));
    expect(untagged.tagIds).not.toContain('tag-complaint');
    expect(untagged.timeline.at(-1)).toMatchObject({ kind: 'untagged', data: { tag: '投诉' } });
    expect(await filtered()).not.toContain(row.id);
  });

  it('treats adding a tag already there as a no-op', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const first = await orderOf(await change(asStore, row, { add: ['tag-vip'] }));
    const again = await orderOf(await change(asStore, row, { add: ['tag-vip'] }));
    expect(again.version).toBe(first.version);
    expect(again.timeline).toEqual(first.timeline);
    expect(again.tagIds.filter((t) => t === 'tag-vip')).toHaveLength(1);
  });

  it('answers 422 for a tag that does not exist and changes nothing', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const problem = await problemOf(
      await change(asStore, row, { add: ['tag-vip', 'tag-nope'] }),
      422,
    );
    expect(problem.errors?.[0]).toMatchObject({ field: 'add.1', code: 'unknown_tag' });
    expect(db.order(row.id)!.tagIds).toEqual(row.tagIds);
  });
});

describe('notes', () => {
  const notesPath = (row: OrderRow) => `/orders/${row.id}/notes`;

  it('lets anyone in scope add a note, and only its author edit or delete it', async () => {
    const row = arrange('st-sh01', 'pending_review');
    const added = await orderOf(await send(asStore, notesPath(row), { body: '客户要求周末送货' }));
    const note = added.notes.at(-1)!;
    expect(note).toMatchObject({
      author: { id: 'u-store-sh', name: '张敏' },
      body: '客户要求周末送货',
    });
    expect(added.timeline.at(-1)).toMatchObject({ kind: 'note_added', data: { noteId: note.id } });

    const path = `${notesPath(row)}/${note.id}`;
    expect((await problemOf(await send(asManager, path, { body: '改' }, 'PUT'), 403)).code).toBe(
      'forbidden',
    );
    expect((await problemOf(await asManager(path, { method: 'DELETE' }), 403)).code).toBe(
      'forbidden',
    );

    const edited = await orderOf(await send(asStore, path, { body: '客户要求周六送货' }, 'PUT'));
    expect(edited.notes.find((n) => n.id === note.id)).toMatchObject({
      body: '客户要求周六送货',
      updatedAt: expect.any(String) as string,
    });
    expect(edited.timeline.at(-1)!.kind).toBe('note_edited');

    const deleted = await orderOf(await asStore(path, { method: 'DELETE' }));
    expect(deleted.notes.find((n) => n.id === note.id)).toBeUndefined();
    expect(deleted.timeline.at(-1)!.kind).toBe('note_deleted');
    expect((await problemOf(await asStore(path, { method: 'DELETE' }), 404)).code).toBe(
      'not_found',
    );
  });

  it('keeps the seeded notes when a note is added', async () => {
    const row = db.orders.find((o) => seededNotes(o).length > 0)!;
    const before = await orderOf(await asAdmin(`/orders/${row.id}`));
    const after = await orderOf(await send(asAdmin, notesPath(row), { body: '已电话确认' }));
    expect(after.notes.slice(0, -1)).toEqual(before.notes);
  });

  it('lets the warehouse add notes to orders in its scope', async () => {
    const row = arrange('st-sh01', 'allocated');
    const order = await orderOf(
      await send(asWarehouse, notesPath(row), { body: '外箱破损，已换箱' }),
    );
    expect(order.notes.at(-1)!.author.id).toBe('u-warehouse-sh');
  });
});
