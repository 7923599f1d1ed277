import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asbCase, file, hateCase } from '../import/fixtures';
import { ADMIN, as, expectOk, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

async function withCases(root: string): Promise<string> {
  const { dir } = await initWorkspace(root);
  const path = join(root, 'register.json');
  writeFileSync(path, JSON.stringify(file(hateCase(), asbCase())));
  expectOk(await hearth(['import', path], { env: as(dir, ADMIN) }));
  return dir;
}

interface Item {
  ref?: string;
  ruleId: string;
  dueAt: string;
  state: string;
  metAt: string | null;
}

describe('hearth deadlines', () => {
  it('prints every due item of a case with ISO 8601 London times', async () => {
    const dir = await withCases(temp());
    const items = JSON.parse(expectOk(await hearth(['deadlines', 'C33-2026-0001', '--json'], { env: as(dir, ADMIN) })).stdout) as Item[];
    const ack = items.find((i) => i.ruleId === 'acknowledge')!;
    expect(ack.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/);
    expect(['pending', 'breached', 'met-on-time', 'met-late']).toContain(ack.state);
    expect(items.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['acknowledge', 'officer-contact', 'interview', 'action-plan', 'case-review']));
    for (const i of items) if (i.metAt) expect(i.metAt).toMatch(/[+-]\d{2}:\d{2}$/);
  });

  it('lists open items across cases due before a date, each with its case', async () => {
    const dir = await withCases(temp());
    const rows = JSON.parse(expectOk(await hearth(['deadlines', '--due-before', '2030-01-01', '--json'], { env: as(dir, ADMIN) })).stdout) as Item[];
    expect(new Set(rows.map((r) => r.ref))).toEqual(new Set(['C33-2026-0001', 'WH-2025-0001']));
    expect(rows.every((r) => r.state === 'pending' || r.state === 'breached')).toBe(true);
    const none = JSON.parse(expectOk(await hearth(['deadlines', '--due-before', '2000-01-01', '--json'], { env: as(dir, ADMIN) })).stdout) as Item[];
    expect(none).toEqual([]);
  });

  it('refuses no argument, both arguments, and a bad date with exit 2', async () => {
    const dir = await withCases(temp());
    expect((await hearth(['deadlines'], { env: as(dir, ADMIN) })).code).toBe(2);
    expect((await hearth(['deadlines', 'C33-2026-0001', '--due-before', '2030-01-01'], { env: as(dir, ADMIN) })).code).toBe(2);
    const bad = await hearth(['deadlines', '--due-before', 'next week'], { env: as(dir, ADMIN) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not a date/);
  });
});
