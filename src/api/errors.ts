import type { Problem, ProblemCode } from './contract/problem';

/** The backend answered with an error; `problem` is its RFC 9457 body (or one made up from the status). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): ProblemCode {
    return this.problem.code;
  }
}

/** The backend answered something the contract does not allow: a broken or mismatched backend. */
export class ContractError extends Error {
  readonly endpoint: string;
  readonly issues: readonly string[];

  constructor(endpoint: string, issues: readonly string[]) {
    super(
      `The backend's answer to ${endpoint} does not match the contract: ${issues.slice(0, 3).join('; ')}`,
    );
    this.name = 'ContractError';
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

/** No answer at all: offline, DNS, CORS, or the server went away. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The backend could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown, code?: ProblemCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
