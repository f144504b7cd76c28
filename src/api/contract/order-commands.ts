import { z } from 'zod/mini';
import { Id, NonNegativeInt, Timestamp, Version, named } from './common';
import { PROBLEM_CODES, StockShortage } from './problem';
import { Address, CancelReason, HoldReason, OrderFilterQuery, StatusTab } from './orders';

const Reason = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/**
 * A change of status. `version` is the version the user was looking at: a stale one is refused
 * with 409 version_conflict naming who changed the order, never applied over their change.
 */
export const OrderTransition = named(
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('approve'), version: Version }),
    z.object({
      action: z.literal('hold'),
      version: Version,
      reason: HoldReason,
      note: Reason(500),
      until: z.optional(z.nullable(Timestamp)),
    }),
    z.object({ action: z.literal('release'), version: Version }),
    z.object({
      action: z.literal('reject'),
      version: Version,
      reason: CancelReason,
      note: Reason(500),
    }),
    z.object({
      action: z.literal('cancel'),
      version: Version,
      reason: CancelReason,
      note: Reason(500),
    }),
  ]),
  'OrderTransition',
);
export type OrderTransition = z.infer<typeof OrderTransition>;
export type TransitionAction = OrderTransition['action'];

export const AddressChange = named(
  z.object({ version: Version, address: Address }),
  'AddressChange',
  'The corrected address. The client only ever sees the masked phone; sending that masked value back unchanged keeps the stored number.',
);
export type AddressChange = z.infer<typeof AddressChange>;

/** Adding and removing tags commute, so a tag change needs no version and never conflicts. */
export const TagChange = named(
  z.object({ add: z._default(z.array(Id), []), remove: z._default(z.array(Id), []) }),
  'TagChange',
);
export type TagChange = z.input<typeof TagChange>;

export const NoteBody = named(
  z.object({ body: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
  'NoteBody',
);

/** The orders a bulk action applies to: ids the user ticked, or everything matching a filter. */
export const BulkSelection = named(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ids'), ids: z.array(Id).check(z.minLength(1), z.maxLength(5000)) }),
    z.object({
      kind: z.literal('filter'),
      /** The list's filter and status tab; pin `placedUpTo` so orders arriving later are not included. */
      filter: z.extend(OrderFilterQuery, { status: z._default(StatusTab, 'all') }),
      /** Orders the user unticked after choosing "all matching". */
      exclude: z._default(z.array(Id), []),
    }),
  ]),
  'BulkSelection',
);
export type BulkSelection = z.input<typeof BulkSelection>;

export const BulkOperation = named(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('approve') }),
    z.object({ kind: z.literal('hold'), reason: HoldReason, note: Reason(500) }),
    z.object({ kind: z.literal('cancel'), reason: CancelReason, note: Reason(500) }),
    z.object({
      kind: z.literal('tag'),
      add: z._default(z.array(Id), []),
      remove: z._default(z.array(Id), []),
    }),
  ]),
  'BulkOperation',
);
export type BulkOperation = z.input<typeof BulkOperation>;

export const BulkRequest = named(
  z.object({ selection: BulkSelection, operation: BulkOperation }),
  'BulkRequest',
);
export type BulkRequest = z.input<typeof BulkRequest>;

/** At most this many orders per bulk request; the backend answers 422 beyond it. */
export const BULK_LIMIT = 5000;

export const BulkItemResult = named(
  z.object({
    orderId: Id,
    number: z.string(),
    ok: z.boolean(),
    /** On failure: why, as a problem code (wrong_state, forbidden, out_of_scope...) and a sentence. */
    code: z.optional(z.enum(PROBLEM_CODES)),
    message: z.optional(z.string()),
    /** On insufficient_stock: which SKU at which location, and what is available there. */
    shortage: z.optional(StockShortage),
  }),
  'BulkItemResult',
);
export type BulkItemResult = z.infer<typeof BulkItemResult>;

export const BulkResult = named(
  z.object({
    succeeded: NonNegativeInt,
    failed: NonNegativeInt,
    results: z.array(BulkItemResult),
  }),
  'BulkResult',
);
export type BulkResult = z.infer<typeof BulkResult>;
