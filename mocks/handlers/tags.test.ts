// @vitest-environment node
/* eslint-disable @typescript-eslint/no-non-null-assertion -- the tests pick seeded orders known to exist; a missing one fails the test at once */
import { describe, expect, it } from 'vitest';
import { Order, OrderPage, Problem, Tag } from '@/api/contract';
import { MockDb } from '../db/database';
import { generateSeed } from '../seed';
import { authed, useMockServer } from './test-server';

const mock = useMockServer();
const { db } = mock;

const json = (body: unknown): RequestInit => ({
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const post = (body: unknown) => ({ method: 'POST', ...json(body) });
const patch = (body: unknown) => ({ method: 'PATCH', ...json(body) });

async function tags(user = 'admin'): Promise<Tag[]> {
  const response = await authed(mock, user)('/tags');
  return ((await response.json()) as { items: unknown[] }).items.map((t) => Tag.parse(t));
}

async function problemOf(response: Response) {
  return Problem.parse(await response.json());
}

describe('tag management', () => {
  it.each(['store.sh', 'warehouse.sh'])('is refused to %s', async (user) => {
    const call = authed(mock, user);
    const responses = [
      await call('/tags', post({ name: '复购', color: 'green' })),
      await call('/tags/tag-vip', patch({ version: 1, name: '贵宾' })),
      await call('/tags/tag-vip', { method: 'DELETE' }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect((await problemOf(response)).code).toBe('forbidden');
    }
    expect((await tags()).find((t) => t.id === 'tag-vip')?.name).toBe('VIP');
  });

  it('lets a manager create a tag, which then lists with no orders', async () => {
    const response = await authed(mock, 'manager.east')(
      '/tags',
      post({ name: ' 复购 ', color: 'green' }),
    );
    expect(response.status).toBe(200);
    const created = Tag.parse(await response.json());
    expect(created).toMatchObject({ name: '复购', color: 'green', version: 1, orderCount: 0 });
    expect(await tags('store.sh')).toContainEqual(created);
    expect(db.audit[0]).toMatchObject({
      action: 'tag.created',
      entity: 'tag',
      entityId: created.id,
    });
  });

  it('refuses a name already taken, whatever its case', async () => {
    const call = authed(mock, 'admin');
    const duplicate = await call('/tags', post({ name: 'vip', color: 'red' }));
    expect(duplicate.status).toBe(409);
    expect((await problemOf(duplicate)).code).toBe('duplicate');
    const rename = await call('/tags/tag-urgent', patch({ version: 1, name: 'Vip' }));
    expect(rename.status).toBe(409);
    expect((await problemOf(rename)).code).toBe('duplicate');
    // A tag may change the case of its own name.
    const own = await call('/tags/tag-vip', patch({ version: 1, name: 'vip' }));
    expect(own.status).toBe(200);
  });

  it('renames and recolours with the current version, and answers 409 with a stale one', async () => {
    const call = authed(mock, 'admin');
    const renamed = Tag.parse(
      await (
        await call('/tags/tag-gift', patch({ version: 1, name: '礼品', color: 'teal' }))
      ).json(),
    );
    expect(renamed).toMatchObject({ id: 'tag-gift', name: '礼品', color: 'teal', version: 2 });
    expect(renamed.orderCount).toBe(db.orders.filter((o) => o.tagIds.includes('tag-gift')).length);
    const stale = await authed(mock, 'manager.east')(
      '/tags/tag-gift',
      patch({ version: 1, color: 'red' }),
    );
    expect(stale.status).toBe(409);
    const problem = await problemOf(stale);
    expect(problem.code).toBe('version_conflict');
    expect(problem.current).toMatchObject({
      version: 2,
      updatedBy: { id: 'u-admin', name: '陈静' },
    });
    expect(db.audit[0]).toMatchObject({ action: 'tag.updated', detail: { was: '赠品' } });
  });

  it('counts the orders carrying each tag', async () => {
    for (const tag of await tags()) {
      expect(tag.orderCount, tag.id).toBe(
        db.orders.filter((o) => o.tagIds.includes(tag.id)).length,
      );
    }
    expect((await tags()).find((t) => t.id === 'tag-complaint')!.orderCount).toBeGreaterThan(0);
  });

  it('deletes a tag: gone from the list, from every order and from the tags filter', async () => {
    const call = authed(mock, 'admin');
    const carrying = db.orders.filter((o) => o.tagIds.includes('tag-urgent'));
    expect(carrying.length).toBeGreaterThan(5);
    const filtered = async () =>
      OrderPage.parse(await (await call('/orders?tags=tag-urgent&pageSize=1000')).json()).total;
    expect(await filtered()).toBe(carrying.length);

    const response = await call('/tags/tag-urgent', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect((await tags()).map((t) => t.id)).not.toContain('tag-urgent');
    expect(db.orders.some((o) => o.tagIds.includes('tag-urgent'))).toBe(false);
    expect(await filtered()).toBe(0);
    const order = Order.parse(await (await call(`/orders/${carrying[0]!.id}`)).json());
    expect(order.tagIds).not.toContain('tag-urgent');
    expect(order.timeline.at(-1)).toMatchObject({
      kind: 'untagged',
      data: { tagId: 'tag-urgent', tag: '加急' },
    });
    expect(db.audit[0]).toMatchObject({
      action: 'tag.deleted',
      entityId: 'tag-urgent',
      detail: { orders: carrying.length },
    });
    expect((await call('/tags/tag-urgent', { method: 'DELETE' })).status).toBe(404);
  });

  it('keeps tag changes in the overlay, so they survive a reload of the demo', async () => {
    const call = authed(mock, 'admin');
    await call('/tags', post({ name: '团购', color: 'indigo' }));
    await call('/tags/tag-fragile', { method: 'DELETE' });
    const reloaded = new MockDb(
      generateSeed({ seed: db.seed, orders: db.orders.length, now: db.seededAt }),
    );
    reloaded.applyOverlay(structuredClone(db.exportOverlay()));
    expect(reloaded.tags.map((t) => t.name)).toContain('团购');
    expect(reloaded.tags.map((t) => t.id)).not.toContain('tag-fragile');
    expect(reloaded.tagOrderCounts().get('tag-fragile')).toBeUndefined();
    expect(reloaded.orders.some((o) => o.tagIds.includes('tag-fragile'))).toBe(false);
  });
});
