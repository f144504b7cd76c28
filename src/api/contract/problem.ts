import { z } from 'zod';

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
  'duplicate',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const FieldError = z
  .object({
    field: z.string().optional().meta({ description: 'Dotted path of the field, e.g. address.phone' }),
    row: z.int().nonnegative().optional().meta({ description: 'Index of the row in a batch request' }),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with the extension members this API uses. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.enum(PROBLEM_CODES),
    errors: z.array(FieldError).optional(),
    /** On version_conflict: who changed the resource last, and when. */
    current: z
      .object({
        version: z.int(),
        updatedAt: z.string(),
        updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      })
      .optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: ProblemCode): string {
  return `https://order-desk.example/problems/${code.replace(/_/g, '-')}`;
}
