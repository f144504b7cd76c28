import type { z } from 'zod';
import type { Endpoint, EndpointName, Endpoints } from './contract/endpoints';

type InputPart<S extends z.ZodType, Key extends string> =
  z.input<S> extends undefined
    ? unknown
    : Record<never, never> extends z.input<S>
      ? { [K in Key]?: z.input<S> }
      : { [K in Key]: z.input<S> };

export type EndpointInput<E extends Endpoint> =
  E extends Endpoint<infer P, infer Q, infer B> ? InputPart<P, 'params'> & InputPart<Q, 'query'> & InputPart<B, 'body'> : never;

export type EndpointOutput<E extends Endpoint> =
  E extends Endpoint<z.ZodType, z.ZodType, z.ZodType, infer R> ? (E['response'] extends null ? undefined : z.output<R>) : never;

export interface CallOptions {
  signal?: AbortSignal;
  /** Sent as Idempotency-Key on batch operations so a retried request is applied once. */
  idempotencyKey?: string;
}

/**
 * What the features talk to. One method per operation of the contract; the REST client is one
 * implementation, and a merchant may plug in another with the same shape.
 */
export type Backend = {
  [K in EndpointName]: (input: EndpointInput<Endpoints[K]>, options?: CallOptions) => Promise<EndpointOutput<Endpoints[K]>>;
};
