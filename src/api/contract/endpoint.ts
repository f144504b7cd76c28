import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { Id } from './common';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint<
  Params extends $ZodType = $ZodType,
  Query extends $ZodType = $ZodType,
  Body extends $ZodType = $ZodType,
  Response extends $ZodType = $ZodType,
> {
  method: HttpMethod;
  /** Path below the API base, with {name} placeholders filled from params. */
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  params: Params;
  query: Query;
  body: Body;
  /** null: the endpoint answers 204 No Content. */
  response: Response | null;
  /** Statuses other than success this endpoint documents (problem+json). */
  errors: readonly number[];
}

export const NoParams = z.object({});
export const NoQuery = z.object({});
export const NoBody = z.undefined();
export const IdParams = z.object({ id: Id });
export const NoteParams = z.object({ id: Id, noteId: Id });
export const ItemsOf = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

/** An operation of the contract; what is left out defaults to none (params, query, body, errors) or auth. */
export function endpoint<
  P extends $ZodType = typeof NoParams,
  Q extends $ZodType = typeof NoQuery,
  B extends $ZodType = typeof NoBody,
  R extends $ZodType = $ZodType,
>(def: {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  auth?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R | null;
  errors?: readonly number[];
}): Endpoint<P, Q, B, R> {
  return {
    auth: true,
    errors: [],
    ...def,
    params: (def.params ?? NoParams) as P,
    query: (def.query ?? NoQuery) as Q,
    body: (def.body ?? NoBody) as B,
  };
}
