import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  dir: string;
  port: number;
  /** Fields merged over dist/config.json, so one build serves any backend without rebuilding. */
  config?: Record<string, unknown>;
}

/** Serves a production build like a plain static host: files as they are, index.html for client routes. */
export function startStaticServer(
  options: StaticServerOptions,
): Promise<{ url: string; server: Server }> {
  const root = path.resolve(options.dir);
  const baseConfig = JSON.parse(readFileSync(path.join(root, 'config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const config = JSON.stringify({ ...baseConfig, ...options.config });

  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname === '/config.json') {
      response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      response.end(config);
      return;
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const immutable = pathname.startsWith('/assets/') && !pathname.includes('mock-backend');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(response);
  });

  return new Promise((resolve) => {
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4174' },
      backend: { type: 'string' },
      api: { type: 'string' },
    },
  });
  const config: Record<string, unknown> = {};
  if (values.backend) config.backend = values.backend;
  if (values.api) config.apiBaseUrl = values.api;
  const { url } = await startStaticServer({ dir: values.dir, port: Number(values.port), config });
  console.log(
    `serving ${values.dir} on ${url}${values.backend ? ` (backend ${values.backend} ${values.api ?? ''})` : ''}`,
  );
}
