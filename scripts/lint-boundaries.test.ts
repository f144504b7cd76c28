// @vitest-environment node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function firstSourceFile(dir: string): string {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true });
  const file = entries.find(
    (e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes('.test.'),
  );
  if (!file) throw new Error(`no source file under ${dir}`);
  return path
    .relative(path.join(root, 'src'), path.join(file.parentPath, file.name))
    .replace(/\.tsx?$/, '');
}

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  const cases: { name: string; file: string; importPath: () => string; allowed: boolean }[] = [
    {
      name: 'a feature importing another feature',
      file: 'src/features/orders/boundary-probe.ts',
      importPath: () => `@/${firstSourceFile('src/features/inventory')}`,
      allowed: false,
    },
    {
      name: 'a feature importing its own files',
      file: 'src/features/orders/boundary-probe.ts',
      importPath: () => `@/${firstSourceFile('src/features/orders')}`,
      allowed: true,
    },
    {
      name: 'app code importing the mock backend',
      file: 'src/app/boundary-probe.ts',
      importPath: () => '@mocks/node',
      allowed: false,
    },
    {
      name: 'the entry importing the mock backend',
      file: 'src/boundary-probe.ts',
      importPath: () => '../mocks/browser',
      allowed: false,
    },
    {
      name: 'test helpers importing the mock backend',
      file: 'src/testing/boundary-probe.ts',
      importPath: () => '@mocks/node',
      allowed: true,
    },
    {
      name: 'domain importing the API layer',
      file: 'src/domain/boundary-probe.ts',
      importPath: () => '@/api/errors',
      allowed: false,
    },
    {
      name: 'domain importing domain',
      file: 'src/domain/boundary-probe.ts',
      importPath: () => '@/domain/money',
      allowed: true,
    },
    {
      name: 'mocks importing a feature',
      file: 'mocks/boundary-probe.ts',
      importPath: () => `@/${firstSourceFile('src/features/orders')}`,
      allowed: false,
    },
    {
      name: 'mocks importing the contract',
      file: 'mocks/boundary-probe.ts',
      importPath: () => '@/api/contract',
      allowed: true,
    },
    {
      name: 'a shared component importing a feature',
      file: 'src/components/boundary-probe.ts',
      importPath: () => `@/${firstSourceFile('src/features/orders')}`,
      allowed: false,
    },
  ];

  it.each(cases)('$name (allowed: $allowed)', async ({ file, importPath, allowed }) => {
    const errors = await boundaryErrors(
      file,
      `import * as probe from '${importPath()}';\nexport { probe };\n`,
    );
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});
