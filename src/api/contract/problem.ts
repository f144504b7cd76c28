import { z } from 'zod/mini';
import { described, named } from './common';

export const PROBLEM_CODES = [
  'unauthenticated',
  'session_expired',
  'forbidden',
  'out_of_scope',
  'not_found',
  'validation',
  'conflict',
  'version_conflict',
  'wrong_state',
  'insufficient_stock',
  'below_reserved',
  'duplicate',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const FieldError = named(
  z.object({
    field: z.optional(described(z.string(), 'Dotted path of the field, e.g. address.phone')),
    row: z.optional(
      described(z.int().check(z.nonnegative()), 'Index of the row in a batch request'),
    ),
    code: z.string(),
    message: z.string(),
  }),
  'FieldError',
);
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with the extension members this API uses. */
/** A line that could not be reserved at a location, and what is left of it there. */
export const StockShortage = named(
  z.object({
    productId: z.string(),
    sku: z.string(),
    productName: z.string(),
    locationId: z.string(),
    locationName: z.string(),
    requested: z.int(),
    available: z.int(),
  }),
  'StockShortage',
);
export type StockShortage = z.infer<typeof StockShortage>;

export const Problem = named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: z.enum(PROBLEM_CODES),
    errors: z.optional(z.array(FieldError)),
    /** On version_conflict: who changed the resource last, and when. */
    current: z.optional(
      z.object({
        version: z.int(),
        updatedAt: z.string(),
        updatedBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
    /** On insufficient_stock: the first line that could not be reserved, and what is left of it. */
    shortage: z.optional(StockShortage),
  }),
  'Problem',
);
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: ProblemCode): string {
  return `https://order-desk.example/problems/${code.replace(/_/g, '-')}`;
}
