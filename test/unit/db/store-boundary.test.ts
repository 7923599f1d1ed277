import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * One store per feature (issue 14): SQL runs only in main/db/ and in files named store.ts. The lint rule
 * (eslint.config.mjs) stops it while writing; these hold the rule's reach, and the tree itself, so an
 * eslint-disable comment or a narrowed rule cannot let SQL back into a handler or a service.
 */
const ROOT = join(__dirname, '..', '..', '..');
const mayRunSql = (path: string) => path.startsWith('main/db/') || path.endsWith('/store.ts');

describe('SQL outside the stores', () => {
  it('is in no file of main/ but main/db/ and the stores', () => {
    const files = readdirSync(join(ROOT, 'main'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => relative(ROOT, join(ROOT, 'main', f)).replaceAll('\\', '/'));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => !mayRunSql(f) && /\.(prepare|exec)\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is an error to write anywhere else in main/, and allowed in main/db/ and a store', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const restricted = async (path: string) => {
      const rule = (await eslint.calculateConfigForFile(path)).rules?.['no-restricted-properties'] as [unknown, ...{ property: string }[]] | undefined;
      return rule && rule[0] !== 'off' && rule[0] !== 0 ? rule.slice(1).map((r) => (r as { property: string }).property) : [];
    };
    for (const path of ['main/ipc/handlers/standards.ts', 'main/documents/service.ts', 'main/cases/list-cases.ts', 'main/jobs/worker.ts']) {
      expect(await restricted(path), path).toEqual(['prepare', 'exec']);
    }
    for (const path of ['main/cases/store.ts', 'main/standards/store.ts', 'main/db/queries/cases.ts', 'main/db/connection.ts']) {
      expect(await restricted(path), path).toEqual([]);
    }
  });
});
