import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/api/contract/openapi';
import { OPENAPI_PATH } from './openapi-path';

writeFileSync(OPENAPI_PATH, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${OPENAPI_PATH}`);
