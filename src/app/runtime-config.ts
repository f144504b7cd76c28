import { RuntimeConfig } from '@/api/contract/runtime';

export class RuntimeConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RuntimeConfigError';
  }
}

export const RUNTIME_CONFIG_URL = '/config.json';

/** The request for the runtime configuration; fresh on every start, so a deployment changes it without a rebuild. */
export function requestRuntimeConfig(url = RUNTIME_CONFIG_URL): Promise<Response> {
  return fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
}

/** Reads and checks public/config.json, from a request already under way when one is given. */
export async function loadRuntimeConfig(
  url = RUNTIME_CONFIG_URL,
  started?: Promise<Response>,
): Promise<RuntimeConfig> {
  let json: unknown;
  try {
    const response = await (started ?? requestRuntimeConfig(url));
    if (!response.ok) throw new RuntimeConfigError(`${url} answered HTTP ${response.status}`);
    json = await response.json();
  } catch (error) {
    if (error instanceof RuntimeConfigError) throw error;
    throw new RuntimeConfigError(`${url} could not be read`, { cause: error });
  }
  const parsed = RuntimeConfig.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new RuntimeConfigError(`${url} is not valid: ${issues.join('; ')}`);
  }
  return parsed.data;
}
