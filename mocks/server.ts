import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { createMockBackend } from './create';
import { problemResponse } from './handlers/problem';

export interface MockHttpServerOptions {
  port?: number;
  orders?: number;
  seed?: number;
  host?: string;
  latencyMs?: number;
  failureRatio?: number;
  /** New orders per hour while the server runs; default 0 so benchmarks see fixed data. */
  arrivalsPerHour?: number;
  /** Products to stock at every location (default: the catalogue's ~300). */
  skus?: number;
}

export interface MockHttpServer {
  /** The API base, e.g. http://127.0.0.1:8787/api */
  url: string;
  orders: number;
  /** Stock levels (SKUs × locations). */
  stockLevels: number;
  seedMs: number;
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept',
  'Access-Control-Expose-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The mock handlers behind a real HTTP server on 127.0.0.1, for the "rest" backend, benches and e2e. */
export async function startMockHttpServer(
  options: MockHttpServerOptions = {},
): Promise<MockHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const started = performance.now();
  const backend = createMockBackend({
    seed: options.seed,
    orders: options.orders ?? 20_000,
    base: '*/api',
    faults: { latencyMs: options.latencyMs ?? 0, failureRatio: options.failureRatio ?? 0 },
    arrivalsPerHour: options.arrivalsPerHour ?? 0,
    skus: options.skus,
  });
  const seedMs = performance.now() - started;

  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    void (async () => {
      try {
        const body = await readBody(req);
        const headers = new Headers();
        for (const [key, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers.set(key, value);
          else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
        }
        const request = new Request(`http://${host}${req.url ?? '/'}`, {
          method: req.method,
          headers,
          body: body ? new Uint8Array(body) : undefined,
        });
        const response = await getResponse(backend.handlers, request);
        await send(
          res,
          response ??
            problemResponse(404, 'not_found', `No such endpoint: ${req.method} ${req.url}`),
        );
      } catch (error) {
        await send(
          res,
          problemResponse(
            500,
            'internal',
            error instanceof Error ? error.message : 'Unexpected error',
          ),
        );
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/api`,
    orders: backend.db.orders.length,
    stockLevels: backend.db.stock.length,
    seedMs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

function numberOption(name: string, env: string | undefined, fallback: number): number {
  const raw = argument(name) ?? env;
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} must be a non-negative number, got ${raw}`);
  return value;
}

async function main(): Promise<void> {
  const server = await startMockHttpServer({
    port: numberOption('port', process.env.PORT, 8787),
    orders: numberOption('orders', process.env.ORDERS, 20_000),
    seed: numberOption('seed', process.env.SEED, 20261122),
    latencyMs: numberOption('latency', process.env.LATENCY, 0),
    failureRatio: numberOption('faults', process.env.FAULTS, 0),
    arrivalsPerHour: numberOption('arrivals-per-hour', process.env.ARRIVALS_PER_HOUR, 0),
    // Left out, the catalogue decides how many products there are.
    skus:
      (argument('skus') ?? process.env.SKUS) === undefined
        ? undefined
        : numberOption('skus', process.env.SKUS, 0),
  });
  console.log(
    `mock server listening on ${server.url} (${server.orders} orders, ${server.stockLevels} stock levels, seeded in ${Math.round(server.seedMs)} ms)`,
  );
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
