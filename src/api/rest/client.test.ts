import { describe, expect, it, vi } from 'vitest';
import { ApiError, ContractError, NetworkError } from '../errors';
import { buildPath, buildQuery, createRestBackend } from './client';

const session = {
  token: 't-1',
  expiresAt: '2026-11-22T18:00:00+08:00',
  user: {
    id: 'u1',
    username: 'admin',
    name: '陈静',
    role: 'admin',
    storeIds: [],
    locationIds: [],
    regions: [],
  },
};

function backendAnswering(
  response: Response | (() => Promise<Response>),
  token: string | null = 'secret',
) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    typeof response === 'function' ? response() : Promise.resolve(response),
  );
  const backend = createRestBackend({
    baseUrl: 'https://shop.example/api/',
    getToken: () => token,
    fetch: fetchMock,
  });
  return { backend, fetchMock };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });

describe('request building', () => {
  it.each([
    ['/orders/{id}', { id: 'ord 1/2' }, '/orders/ord%201%2F2'],
    ['/orders', {}, '/orders'],
  ])('%s with %o -> %s', (template, params, expected) => {
    expect(buildPath(template, params)).toBe(expected);
  });

  it('refuses a missing path parameter', () => {
    expect(() => buildPath('/orders/{id}', {})).toThrow(/id/);
  });

  it.each([
    [{ page: 2, q: '张三' }, '?page=2&q=%E5%BC%A0%E4%B8%89'],
    [{ storeId: ['a', 'b'], region: [] }, '?storeId=a%2Cb'],
    [{ q: '', from: undefined, hasException: false }, '?hasException=false'],
    [{}, ''],
  ])('query %o -> %s', (query, expected) => {
    expect(buildQuery(query)).toBe(expected);
  });
});

describe('the REST backend', () => {
  it('sends the bearer token, the method and the body, and parses the answer', async () => {
    const { backend, fetchMock } = backendAnswering(json(session, { status: 201 }));
    const result = await backend.signIn({ body: { username: 'admin', password: 'demo' } });
    expect(result.user.name).toBe('陈静');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://shop.example/api/session');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(JSON.stringify({ username: 'admin', password: 'demo' }));
    // Sign-in is a public endpoint: no stale token goes with it.
    expect(new Headers(init?.headers).get('authorization')).toBeNull();
  });

  it('authenticates protected endpoints and passes the abort signal', async () => {
    const { backend, fetchMock } = backendAnswering(json(session));
    const controller = new AbortController();
    await backend.currentSession({}, { signal: controller.signal });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer secret');
    expect(init?.signal).toBe(controller.signal);
  });

  it('turns problem+json into an ApiError carrying the problem', async () => {
    const problem = {
      type: 'https://order-desk.example/problems/out-of-scope',
      title: 'Outside your scope',
      status: 403,
      code: 'out_of_scope',
      detail: 'This order belongs to another store.',
    };
    const { backend } = backendAnswering(
      new Response(JSON.stringify(problem), {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    const error = await backend.getOrder({ params: { id: 'o1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('out_of_scope');
    expect((error as ApiError).message).toBe('This order belongs to another store.');
  });

  it('makes a problem from a bare error status', async () => {
    const { backend } = backendAnswering(
      new Response('gateway down', { status: 503, statusText: 'Service Unavailable' }),
    );
    const error = await backend.listTags({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unavailable');
  });

  it('rejects an answer that breaks the contract with a clear error', async () => {
    const { backend } = backendAnswering(json({ token: '', user: null }));
    const error = await backend.currentSession({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toMatch(/currentSession/);
  });

  it('reports an unreachable backend as a network error', async () => {
    const { backend } = backendAnswering(() => Promise.reject(new TypeError('fetch failed')));
    await expect(backend.listTags({})).rejects.toBeInstanceOf(NetworkError);
  });

  it('answers undefined for 204', async () => {
    const { backend } = backendAnswering(new Response(null, { status: 204 }));
    await expect(backend.signOut({})).resolves.toBeUndefined();
  });
});
