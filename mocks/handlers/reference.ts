import type { HttpHandler } from 'msw';
import { locationInScope, storeInScope } from '@/domain/access';
import type { MockContext } from './context';
import { scopeOf } from './context';
import { route, signedIn } from './route';

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
    route('listStock', base, ctx, (input) => {
      const scope = scopeOf(signedIn(input));
      const { locationId, category, status, q, page: pageNumber, pageSize } = input.query;
      const visible = new Set(
        db.locations.filter((l) => locationInScope(scope, l)).map((l) => l.id),
      );
      const needle = q?.toLowerCase();
      const items = db.stock.filter(
        (s) =>
          visible.has(s.locationId) &&
          (!locationId?.length || locationId.includes(s.locationId)) &&
          (!category?.length || category.includes(s.category)) &&
          (!status?.length || status.includes(s.status)) &&
          (!needle ||
            s.productName.toLowerCase().includes(needle) ||
            s.sku.toLowerCase().includes(needle)),
      );
      return page(items, pageNumber, pageSize);
    }),
    route('listTags', base, ctx, (input) => {
      signedIn(input);
      return { items: db.tags };
    }),
  ];
}
