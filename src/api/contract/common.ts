// zod/mini: the same schemas and types as classic zod at a fraction of the bundle, which matters
// because the REST client parses every response and so ships in the first route.
import { z } from 'zod/mini';
import { CURRENCIES } from '@/domain/money';
import { REGIONS } from '@/domain/region';

/** Names a schema (an OpenAPI component) and documents it. */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description?: string): T {
  z.globalRegistry.add(schema, description ? { id, description } : { id });
  return schema;
}

/** Documents a field for the OpenAPI document. A copy is described, so shared schemas keep their own text. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
}

export const Id = z.string().check(z.minLength(1), z.maxLength(64));
export const Timestamp = described(
  z.iso.datetime({ offset: true }),
  'ISO 8601 date-time with offset',
);
export const DateOnly = z.iso.date();
export const NonNegativeInt = z.int().check(z.nonnegative());
export const PositiveInt = z.int().check(z.positive());
export const Ratio = z.number().check(z.minimum(0), z.maximum(1));

export const Money = named(
  z.object({
    amount: described(z.int(), 'Integer minor units (fen for CNY)'),
    currency: z.enum(CURRENCIES),
  }),
  'Money',
);
export type Money = z.infer<typeof Money>;

export const Region = named(z.enum(REGIONS), 'Region');

export const Version = described(
  z.int().check(z.nonnegative()),
  'Optimistic-concurrency version; send it back on update, 409 when stale',
);

export const ActorRef = named(
  z.object({ id: Id, name: z.string() }),
  'ActorRef',
  'A person; null where the system acted',
);

export const PageInfo = {
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1), z.maximum(1000)),
  total: NonNegativeInt,
};

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), ...PageInfo });
}

/** Query-string integers arrive as text; callers in code pass numbers. */
export const QueryInt = z.pipe(
  z.union([z.int(), z.pipe(z.string().check(z.regex(/^-?\d+$/)), z.transform(Number))]),
  z.int(),
);

/** A page number or size with its bounds and default. */
export function queryIntIn(min: number, max: number, fallback: number) {
  return z._default(z.pipe(QueryInt, z.int().check(z.minimum(min), z.maximum(max))), fallback);
}

/** Lists of values travel as one comma-separated query parameter. */
export function queryList<T extends z.ZodMiniType<unknown, string>>(item: T) {
  return z.pipe(
    z.pipe(
      z.union([z.string(), z.array(z.string())]),
      z.transform((v: string | string[]) =>
        (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean),
      ),
    ),
    z.array(item),
  );
}

export const QueryBool = z.union([
  z.boolean(),
  z.pipe(
    z.enum(['true', 'false']),
    z.transform((v: 'true' | 'false') => v === 'true'),
  ),
]);

/** Free-text search as typed: trimmed, at most 100 characters. */
export const SearchText = z.string().check(z.trim(), z.maxLength(100));
