import { z } from 'zod';
import { CURRENCIES } from '@/domain/money';
import { REGIONS } from '@/domain/region';

export const Id = z.string().min(1).max(64);
export const Timestamp = z.iso.datetime({ offset: true }).meta({
  description: 'ISO 8601 date-time with offset',
});
export const DateOnly = z.iso.date();

export const Money = z
  .object({
    amount: z.int().meta({ description: 'Integer minor units (fen for CNY)' }),
    currency: z.enum(CURRENCIES),
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof Money>;

export const Region = z.enum(REGIONS).meta({ id: 'Region' });

export const Version = z.int().nonnegative().meta({
  description: 'Optimistic-concurrency version; send it back on update, 409 when stale',
});

export const ActorRef = z
  .object({ id: Id, name: z.string() })
  .meta({ id: 'ActorRef', description: 'A person; null where the system acted' });

export const PageInfo = {
  page: z.int().min(1),
  pageSize: z.int().min(1).max(1000),
  total: z.int().nonnegative(),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), ...PageInfo });
}

/** Query-string integers arrive as text; callers in code pass numbers. */
export const QueryInt = z
  .union([z.int(), z.string().regex(/^-?\d+$/).transform(Number)])
  .pipe(z.int());

/** Lists of values travel as one comma-separated query parameter. */
export function queryList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));
}

export const QueryBool = z.union([
  z.boolean(),
  z.enum(['true', 'false']).transform((v) => v === 'true'),
]);
