import { HttpResponse } from 'msw';
import {
  PROBLEM_CONTENT_TYPE,
  problemType,
  type FieldError,
  type Problem,
  type ProblemCode,
} from '@/api/contract';

const TITLES: Record<ProblemCode, string> = {
  unauthenticated: 'Not signed in',
  session_expired: 'Session expired',
  forbidden: 'Not allowed',
  out_of_scope: 'Outside your scope',
  not_found: 'Not found',
  validation: 'Invalid request',
  conflict: 'Conflict',
  version_conflict: 'Changed by someone else',
  wrong_state: 'Not possible in this state',
  insufficient_stock: 'Not enough stock',
  below_reserved: 'Below what is reserved',
  duplicate: 'Duplicate',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  internal: 'Internal error',
};

/** Members a problem may carry besides the standard ones (who changed a resource last, what is short). */
export type ProblemExtension = Pick<Problem, 'current' | 'shortage'>;

/** Thrown by a handler to answer with an RFC 9457 problem. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly extension?: ProblemExtension,
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'HttpProblem';
  }
}

export function problemResponse(
  status: number,
  code: ProblemCode,
  detail?: string,
  errors?: FieldError[],
  extension?: ProblemExtension,
): Response {
  const body: Problem = {
    type: problemType(code),
    title: TITLES[code],
    status,
    code,
    ...extension,
  };
  if (detail !== undefined) body.detail = detail;
  if (errors !== undefined) body.errors = errors;
  return HttpResponse.json(body, { status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

export const notFound = (what: string) =>
  new HttpProblem(404, 'not_found', `${what} does not exist`);
export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', detail);
export const outOfScope = (detail: string) => new HttpProblem(403, 'out_of_scope', detail);
