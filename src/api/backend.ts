import type { $ZodType, input, output } from 'zod/v4/core';
import type { Endpoint, EndpointName, Endpoints } from './contract/endpoints';

type InputPart<S extends $ZodType, Key extends string> =
  input<S> extends undefined
    ? unknown
    : Record<never, never> extends input<S>
      ? { [K in Key]?: input<S> }
      : { [K in Key]: input<S> };

export type EndpointInput<E extends Endpoint> =
  E extends Endpoint<infer P, infer Q, infer B>
    ? InputPart<P, 'params'> & InputPart<Q, 'query'> & InputPart<B, 'body'>
    : never;

export type EndpointOutput<E extends Endpoint> =
  E extends Endpoint<$ZodType, $ZodType, $ZodType, infer R>
    ? E['response'] extends null
      ? undefined
      : output<R>
    : never;

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
  [K in EndpointName]: (
    input: EndpointInput<Endpoints[K]>,
    options?: CallOptions,
  ) => Promise<EndpointOutput<Endpoints[K]>>;
};
