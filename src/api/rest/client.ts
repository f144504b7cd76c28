import { safeParse, type $ZodError } from 'zod/v4/core';
import type { Backend, CallOptions } from '../backend';
import { endpoints, type Endpoint, type EndpointName } from '../contract/endpoints';
import { PROBLEM_CONTENT_TYPE, Problem, problemType, type ProblemCode } from '../contract/problem';
import { ApiError, ContractError, NetworkError } from '../errors';

export interface RestBackendOptions {
  baseUrl: string;
  /** The bearer token of the current session, read on every request. */
  getToken: () => string | null;
  fetch?: typeof fetch;
}

interface RequestInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value);
  });
}

/** Arrays travel comma-separated; empty values are left out so defaults apply on the server. */
export function buildQuery(query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.map(String).join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function statusCode(status: number): ProblemCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 422 || status === 400) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  return 'internal';
}

async function problemFrom(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes(PROBLEM_CONTENT_TYPE) || contentType.includes('application/json')) {
    const parsed = Problem.safeParse(await response.json().catch(() => null));
    if (parsed.success) return parsed.data;
  }
  const code = statusCode(response.status);
  return {
    type: problemType(code),
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code,
  };
}

function describeIssues(error: $ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export function createRestBackend(options: RestBackendOptions): Backend {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl.replace(/\/$/, '');

  async function call(
    name: EndpointName,
    endpoint: Endpoint,
    input: RequestInput,
    callOptions: CallOptions = {},
  ) {
    const url = base + buildPath(endpoint.path, input.params) + buildQuery(input.query);
    const headers: Record<string, string> = { Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` };
    const token = options.getToken();
    if (endpoint.auth && token) headers.Authorization = `Bearer ${token}`;
    if (callOptions.idempotencyKey) headers['Idempotency-Key'] = callOptions.idempotencyKey;
    let body: string | undefined;
    if (input.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.body);
    }

    let response: Response;
    try {
      response = await doFetch(url, {
        method: endpoint.method,
        headers,
        body,
        signal: callOptions.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }

    if (!response.ok) throw new ApiError(await problemFrom(response));
    if (endpoint.response === null || response.status === 204) return undefined;

    const json: unknown = await response.json().catch(() => {
      throw new ContractError(name, ['the body is not JSON']);
    });
    const parsed = safeParse(endpoint.response, json);
    if (!parsed.success) throw new ContractError(name, describeIssues(parsed.error));
    return parsed.data;
  }

  const backend: Record<
    string,
    (input: RequestInput, callOptions?: CallOptions) => Promise<unknown>
  > = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [EndpointName, Endpoint][]) {
    backend[name] = (input, callOptions) => call(name, endpoint, input ?? {}, callOptions);
  }
  // Each method is built from its endpoint definition above, so the shape matches Backend by construction.
  return backend as unknown as Backend;
}
