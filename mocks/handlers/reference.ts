import type { HttpHandler } from 'msw';
import type { Tag } from '@/api/contract';
import { canManageTags, locationInScope, storeInScope } from '@/domain/access';
import { changeOrderTags } from '../db/order-commands';
import { iso } from '../db/time';
import type { ActorRow } from '../db/types';
import type { DemoUser, TagRow } from '../seed/reference';
import type { MockContext } from './context';
import { scopeOf } from './context';
import { HttpProblem, forbidden, notFound } from './problem';
import { route, signedIn, type RouteInput } from './route';

function page<T>(items: readonly T[], pageNumber: number, pageSize: number) {
  return {
    items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    page: pageNumber,
    pageSize,
    total: items.length,
  };
}

export function referenceHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  return [
    route('listStores', base, ctx, (input) => {
      const scope = scopeOf(signedIn(input));
      return { items: db.stores.filter((s) => storeInScope(scope, s)) };
    }),
    route('listLocations', base, ctx, (input) => {
      const scope = scopeOf(signedIn(input));
      return { items: db.locations.filter((l) => locationInScope(scope, l)) };
    }),
    route('listCategories', base, ctx, (input) => {
      signedIn(input);
      const counts = new Map<string, number>();
      for (const product of db.products)
        counts.set(product.category, (counts.get(product.category) ?? 0) + 1);
      return {
        items: db.categories.map((name) => ({ name, productCount: counts.get(name) ?? 0 })),
      };
    }),
    route('listProducts', base, ctx, (input) => {
      signedIn(input);
      const { category, q, page: pageNumber, pageSize } = input.query;
      const needle = q?.toLowerCase();
      const items = db.products
        .filter((p) => !category?.length || category.includes(p.category))
        .filter(
          (p) =>
            !needle ||
            p.name.toLowerCase().includes(needle) ||
            p.sku.toLowerCase().includes(needle),
        )
        .map(({ id, sku, name, category: c, price, weightGrams }) => ({
          id,
          sku,
          name,
          category: c,
          price,
          weightGrams,
        }));
      return page(items, pageNumber, pageSize);
    }),
    route('listTags', base, ctx, (input) => {
      signedIn(input);
      const counts = db.tagOrderCounts();
      return { items: db.tags.map((tag) => toTag(tag, counts.get(tag.id) ?? 0)) };
    }),
    ...tagHandlers(base, ctx),
  ];
}

type TagEndpoint = 'createTag' | 'updateTag' | 'deleteTag';

function toTag(row: TagRow, orderCount: number): Tag {
  return { id: row.id, name: row.name, color: row.color, version: row.version, orderCount };
}

/** The signed-in user, when their role may maintain the shared tag list (canManageTags). */
function tagManager<N extends TagEndpoint>(input: RouteInput<N>): DemoUser {
  const user = signedIn(input);
  if (!canManageTags(user.role)) throw forbidden('Only managers and admins manage tags');
  return user;
}

/** 409 duplicate when another tag has the name, compared without case (VIP and vip are one tag). */
function checkNameFree(tags: readonly TagRow[], name: string, exceptId?: string): void {
  const wanted = name.toLocaleLowerCase('zh-CN');
  const taken = tags.find((t) => t.id !== exceptId && t.name.toLocaleLowerCase('zh-CN') === wanted);
  if (taken)
    throw new HttpProblem(409, 'duplicate', `A tag named “${taken.name}” already exists`, [
      { field: 'name', code: 'duplicate', message: `${taken.id} has this name` },
    ]);
}

function nextTagId(tags: readonly TagRow[]): string {
  const ids = new Set(tags.map((t) => t.id));
  let n = tags.length + 1;
  while (ids.has(`tag-${n}`)) n += 1;
  return `tag-${n}`;
}

function tagHandlers(base: string, ctx: MockContext): HttpHandler[] {
  const { db } = ctx;
  const tagFor = (id: string): TagRow => {
    const tag = db.tags.find((t) => t.id === id);
    if (!tag) throw notFound(`Tag ${id}`);
    return tag;
  };
  const audit = (user: DemoUser, at: number, action: string, tag: TagRow, detail = {}) =>
    db.recordAudit({
      at: iso(at),
      actor: { id: user.id, name: user.name },
      action: `tag.${action}`,
      entity: 'tag',
      entityId: tag.id,
      detail: { name: tag.name, color: tag.color, ...detail },
    });
  return [
    route('createTag', base, ctx, (input) => {
      const user = tagManager(input);
      const at = ctx.now();
      checkNameFree(db.tags, input.body.name);
      const tag: TagRow = {
        id: nextTagId(db.tags),
        name: input.body.name,
        color: input.body.color,
        version: 1,
        updatedAt: at,
        updatedBy: { id: user.id, name: user.name },
      };
      db.replaceTags([...db.tags, tag]);
      audit(user, at, 'created', tag);
      return toTag(tag, 0);
    }),
    route('updateTag', base, ctx, (input) => {
      const user = tagManager(input);
      const at = ctx.now();
      const before = tagFor(input.params.id);
      const { version, name, color } = input.body;
      if (version !== before.version) {
        const who = before.updatedBy?.name ?? 'the system';
        throw new HttpProblem(
          409,
          'version_conflict',
          `Tag “${before.name}” was changed by ${who} (version ${before.version}, you had ${version})`,
          undefined,
          {
            current: {
              version: before.version,
              updatedAt: iso(before.updatedAt ?? db.seededAt),
              updatedBy: before.updatedBy ?? null,
            },
          },
        );
      }
      if (name !== undefined) checkNameFree(db.tags, name, before.id);
      const by: ActorRow = { id: user.id, name: user.name };
      const after: TagRow = {
        ...before,
        name: name ?? before.name,
        color: color ?? before.color,
        version: before.version + 1,
        updatedAt: at,
        updatedBy: by,
      };
      db.replaceTags(db.tags.map((t) => (t.id === after.id ? after : t)));
      audit(user, at, 'updated', after, before.name === after.name ? {} : { was: before.name });
      return toTag(after, db.tagOrderCounts().get(after.id) ?? 0);
    }),
    route('deleteTag', base, ctx, (input) => {
      const user = tagManager(input);
      const at = ctx.now();
      const tag = tagFor(input.params.id);
      let orders = 0;
      db.batch(() => {
        // Taken off each order first, while the tag still exists: every order's timeline says so.
        for (const position of db.positionsWithTag(tag.id)) {
          const row = db.orders[position];
          if (!row) continue;
          changeOrderTags(db, { user, at }, row, { add: [], remove: [tag.id] });
          orders += 1;
        }
        db.replaceTags(db.tags.filter((t) => t.id !== tag.id));
        audit(user, at, 'deleted', tag, { orders });
      });
      return undefined;
    }),
  ];
}
