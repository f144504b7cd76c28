import { delay, http, type HttpHandler } from 'msw';
import { safeParse, type $ZodError, type input, type output } from 'zod/v4/core';
import { endpoints, type EndpointName, type Endpoints, type FieldError } from '@/api/contract';
import type { DemoUser } from '../seed/reference';
import type { MockContext } from './context';
import { HttpProblem, problemResponse } from './problem';
import { verifyToken } from './token';

type Ep<N extends EndpointName> = Endpoints[N];

export interface RouteInput<N extends EndpointName> {
  params: output<Ep<N>['params']>;
  query: output<Ep<N>['query']>;
  body: output<Ep<N>['body']>;
  /** The signed-in user; null only on endpoints that need no sign-in. */
  user: DemoUser | null;
  token: { value: string; expiresAt: number } | null;
  request: Request;
}

type RouteResult<N extends EndpointName> = input<NonNullable<Ep<N>['response']>>;

export type RouteHandler<N extends EndpointName> = (
  input: RouteInput<N>,
  ctx: MockContext,
) => RouteResult<N> | Promise<RouteResult<N>>;

/**
 * Endpoints that never fail on purpose: a demo whose sign-in fails at random cannot show
 * anything else; their error paths are exercised by tests with `server.use()`.
 */
const NEVER_FAIL: ReadonlySet<EndpointName> = new Set([
  'signIn',
  'demoAccounts',
  'currentSession',
  'signOut',
]);

function fieldErrors(error: $ZodError, prefix: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

async function readBody(request: Request, expectsBody: boolean): Promise<unknown> {
  if (!expectsBody) return undefined;
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(422, 'validation', 'The body is not valid JSON', [
      { field: 'body', code: 'invalid_json', message: 'not JSON' },
    ]);
  }
}

function authenticate(
  ctx: MockContext,
  request: Request,
): { user: DemoUser; token: { value: string; expiresAt: number } } {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new HttpProblem(401, 'unauthenticated', 'Sign in to continue');
  const check = verifyToken(match[1], ctx.now());
  if (!check.ok) {
    throw check.reason === 'expired'
      ? new HttpProblem(401, 'session_expired', 'The session has expired; sign in again')
      : new HttpProblem(401, 'unauthenticated', 'The token is not valid');
  }
  const user = ctx.db.users.find((u) => u.id === check.userId);
  if (!user) throw new HttpProblem(401, 'unauthenticated', 'The account no longer exists');
  return { user, token: { value: match[1], expiresAt: check.expiresAt } };
}

/** The MSW handler of one endpoint: faults, authentication, validation by the contract, then `handle`. */
export function route<N extends EndpointName>(
  name: N,
  base: string,
  ctx: MockContext,
  handle: RouteHandler<N>,
): HttpHandler {
  const endpoint = endpoints[name];
  const path = base + endpoint.path.replace(/\{(\w+)\}/g, ':$1');
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](path, async ({ request, params }) => {
    const { latencyMs, failureRatio } = ctx.faults;
    if (latencyMs > 0) await delay(latencyMs);
    if (failureRatio > 0 && !NEVER_FAIL.has(name) && ctx.random() < failureRatio) {
      return problemResponse(
        503,
        'unavailable',
        'The service is temporarily unavailable (demo fault switch)',
      );
    }
    try {
      const session = endpoint.auth ? authenticate(ctx, request) : null;
      const parsedParams = safeParse(endpoint.params, params);
      const parsedQuery = safeParse(endpoint.query, queryObject(new URL(request.url)));
      const rawBody = await readBody(
        request,
        endpoint.method !== 'GET' && endpoint.method !== 'DELETE',
      );
      const parsedBody = safeParse(endpoint.body, rawBody);
      const errors = [
        ...(parsedParams.success ? [] : fieldErrors(parsedParams.error, 'params')),
        ...(parsedQuery.success ? [] : fieldErrors(parsedQuery.error, '')),
        ...(parsedBody.success ? [] : fieldErrors(parsedBody.error, 'body')),
      ];
      if (
        errors.length > 0 ||
        !parsedParams.success ||
        !parsedQuery.success ||
        !parsedBody.success
      ) {
        return problemResponse(422, 'validation', 'Some fields are not valid', errors);
      }
      const result = await handle(
        {
          params: parsedParams.data as RouteInput<N>['params'],
          query: parsedQuery.data as RouteInput<N>['query'],
          body: parsedBody.data as RouteInput<N>['body'],
          user: session?.user ?? null,
          token: session?.token ?? null,
          request,
        },
        ctx,
      );
      if (endpoint.response === null) return new Response(null, { status: 204 });
      return Response.json(result);
    } catch (error) {
      if (error instanceof HttpProblem)
        return problemResponse(
          error.status,
          error.code,
          error.message,
          error.errors,
          error.extension,
        );
      console.error(`mock ${name} failed`, error);
      return problemResponse(
        500,
        'internal',
        error instanceof Error ? error.message : 'Unexpected error',
      );
    }
  });
}

/** The signed-in user of an endpoint that requires one. */
export function signedIn<N extends EndpointName>(input: RouteInput<N>): DemoUser {
  if (!input.user) throw new HttpProblem(401, 'unauthenticated', 'Sign in to continue');
  return input.user;
}
