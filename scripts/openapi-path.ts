import { fileURLToPath } from 'node:url';

/** Committed beside the contract so another team can implement the backend from it. */
export const OPENAPI_PATH = fileURLToPath(
  new URL('../src/api/contract/openapi.json', import.meta.url),
);
