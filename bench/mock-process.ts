import { spawn } from 'node:child_process';
import path from 'node:path';

export interface MockProcess {
  apiBase: string;
  seedMs: number;
  /** Stock levels seeded (SKUs × locations). */
  stockLevels: number;
  stop(): void;
}

export interface MockProcessOptions {
  /** Products stocked at every location; left out, the catalogue decides (about 300). */
  skus?: number;
}

/**
 * The Node mock server in its own process, as a real backend would be: sharing the event loop
 * with the browser driver and the static server would slow its answers down.
 */
export function startMockProcess(
  orders: number,
  options: MockProcessOptions = {},
): Promise<MockProcess> {
  const root = path.resolve(import.meta.dirname, '..');
  const skus = options.skus === undefined ? [] : ['--skus', String(options.skus)];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server.ts', '--orders', String(orders), ...skus, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`mock server exited with ${code}: ${output}`)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const ready = /listening on (\S+) .*seeded in (\d+) ms/.exec(output);
      if (!ready?.[1] || !ready[2]) return;
      const levels = /(\d+) stock levels/.exec(output)?.[1];
      resolve({
        apiBase: ready[1].endsWith('/api') ? ready[1] : `${ready[1]}/api`,
        seedMs: Number(ready[2]),
        stockLevels: Number(levels ?? 0),
        stop: () => child.kill('SIGTERM'),
      });
    });
  });
}
