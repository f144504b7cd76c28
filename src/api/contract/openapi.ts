import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { endpoints, type Endpoint } from './endpoints';
import { Problem } from './problem';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in or session expired',
  403: 'Not allowed for this user or outside their scope',
  404: 'Not found',
  409: 'Conflict: stale version, wrong state or not enough stock',
  422: 'Invalid request',
  429: 'Too many requests',
  503: 'Temporarily unavailable',
};

/**
 * Turns zod schemas into OpenAPI 3.1 (JSON Schema 2020-12). Schemas named with .meta({ id }) become
 * shared components; request shapes that differ from the response shape of the same name get an
 * "Input" suffix, because defaults make fields optional on the way in.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  toRef(schema: $ZodType, io: Io): JsonSchema {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      metadata: z.globalRegistry,
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
    }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    delete json.$schema;

    const rewrite = (value: unknown, renames: ReadonlyMap<string, string>): unknown => {
      if (Array.isArray(value)) return value.map((item) => rewrite(item, renames));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
          if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
            const name = inner.slice('#/$defs/'.length);
            out[key] = `#/components/schemas/${renames.get(name) ?? name}`;
          } else {
            out[key] = rewrite(inner, renames);
          }
        }
        return out;
      }
      return value;
    };
    // Place each definition under its own name first; only a clash with a different shape renames it,
    // and then the references to it are rewritten once more.
    const renames = new Map<string, string>();
    for (const [name, def] of Object.entries(defs)) {
      const placed = this.place(name, rewrite(def, renames) as JsonSchema, io);
      if (placed !== name) renames.set(name, placed);
    }
    if (renames.size > 0) {
      for (const [name, def] of Object.entries(defs)) {
        this.components[renames.get(name) ?? name] = rewrite(def, renames) as JsonSchema;
      }
    }
    const id = z.globalRegistry.get(schema)?.id;
    const body = rewrite(json, renames) as JsonSchema;
    if (typeof body.$ref === 'string') return body;
    if (id) {
      const finalName = this.place(id, body, io);
      return { $ref: `#/components/schemas/${finalName}` };
    }
    return body;
  }

  private place(name: string, def: JsonSchema, io: Io): string {
    const existing = this.components[name];
    if (!existing || JSON.stringify(existing) === JSON.stringify(def)) {
      this.components[name] = def;
      return name;
    }
    const alternative = io === 'input' ? `${name}Input` : `${name}Output`;
    this.components[alternative] = def;
    return alternative;
  }
}

function queryParameters(endpoint: Endpoint, collector: SchemaCollector): unknown[] {
  const def = endpoint.query._zod.def;
  if (def.type !== 'object' || !('shape' in def)) return [];
  const shape = def.shape as Record<string, $ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    // The parsed (output) shape is what the parameter means; lists travel comma-separated.
    const parameterSchema = collector.toRef(schema, 'output');
    const description =
      typeof parameterSchema.description === 'string' ? parameterSchema.description : undefined;
    return {
      name,
      in: 'query',
      required: !z.safeParse(schema, undefined).success,
      ...(description ? { description } : {}),
      schema: parameterSchema,
      ...(parameterSchema.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

function pathParameters(endpoint: Endpoint): unknown[] {
  return [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

export function buildOpenApiDocument(): OpenApiDocument {
  const collector = new SchemaCollector();
  const problemRef = collector.toRef(Problem, 'output');
  const paths: OpenApiDocument['paths'] = {};

  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const responses: Record<string, unknown> = {};
    if (endpoint.response === null) {
      responses['204'] = { description: 'Done' };
    } else {
      responses[endpoint.method === 'POST' && endpoint.path === '/session' ? '201' : '200'] = {
        description: 'OK',
        content: { 'application/json': { schema: collector.toRef(endpoint.response, 'output') } },
      };
    }
    const errorStatuses = new Set<number>([
      ...(endpoint.auth ? [401] : []),
      ...endpoint.errors,
      503,
    ]);
    for (const status of [...errorStatuses].sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/problem+json': { schema: problemRef } },
      };
    }

    const hasBody = !z.safeParse(endpoint.body, undefined).success;
    const operation: Record<string, unknown> = {
      operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      ...(endpoint.auth ? {} : { security: [] }),
      parameters: [...pathParameters(endpoint), ...queryParameters(endpoint, collector)],
      ...(hasBody
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: collector.toRef(endpoint.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
    const pathItem = (paths[endpoint.path] ??= {});
    pathItem[endpoint.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Order desk API',
      version: '1.0.0',
      description:
        'The REST contract the order desk speaks. Money is integer minor units plus a currency code; times are ISO 8601 with offset; every mutable resource carries a version; errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/api' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(
        Object.entries(collector.components).sort(([a], [b]) => a.localeCompare(b)),
      ),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
}
