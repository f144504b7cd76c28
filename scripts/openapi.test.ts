// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/api/contract/openapi';
import { endpoints } from '../src/api/contract/endpoints';
import { OPENAPI_PATH } from './openapi-path';

describe('the committed OpenAPI document', () => {
  const generated = buildOpenApiDocument();

  it('is current with the zod contract (run `npm run openapi` after changing a schema)', () => {
    const committed: unknown = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('describes every operation of the contract, with problem+json errors', () => {
    const operations = Object.values(generated.paths).flatMap((item) => Object.values(item)) as {
      operationId: string;
      responses: Record<string, { content?: Record<string, unknown> }>;
    }[];
    expect(operations.map((op) => op.operationId).sort()).toEqual(Object.keys(endpoints).sort());
    for (const op of operations) {
      expect(op.responses['503']?.content).toHaveProperty(['application/problem+json']);
    }
  });

  it('leaves no reference dangling', () => {
    const text = JSON.stringify(generated);
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(generated.components.schemas).toHaveProperty([ref]);
  });
});
