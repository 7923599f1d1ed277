import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asbCase, file, hateCase } from '../import/fixtures';
import { ADMIN, addUser, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

function writeJson(root: string, name: string, value: unknown): string {
  const path = join(root, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const caseCount = async (dir: string) => (JSON.parse(expectOk(await hearth(['case', 'list', '--json'], { env: as(dir, ADMIN) })).stdout) as { total: number }).total;

describe('hearth import', () => {
  it('imports a file and prints the new references (or JSON)', async () => {
    const root = temp();
    const { dir } = await initWorkspace(root);
    const path = writeJson(root, 'register.json', file(hateCase(), asbCase()));
    const ran = expectOk(await hearth(['import', path], { env: as(dir, ADMIN) }));
    expect(ran.stdout).toBe('Imported 2 cases: C33-2026-0001, WH-2025-0001.\n');
    const again = writeJson(root, 'more.json', file(hateCase()));
    const json = expectOk(await hearth(['import', again, '--json'], { env: as(dir, ADMIN) }));
    expect(JSON.parse(json.stdout)).toEqual({ created: 1, refs: ['C33-2026-0002'] });
    expect(await caseCount(dir)).toBe(3);
  });

  it('refuses a file with one bad case with exit 2, naming the case and field, and imports nothing', async () => {
    const root = temp();
    const { dir } = await initWorkspace(root);
    const path = writeJson(root, 'register.json', file(hateCase(), hateCase(), hateCase({ parties: [{ key: 'a', role: 'complainant', name: 'A' }, { key: 'b', role: 'bully', name: 'B' }] })));
    const ran = await hearth(['import', path], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toBe('Case 3, parties[1].role: Choose the person’s role in the case. Nothing was imported.');
    expect(await caseCount(dir)).toBe(0);
  });

  it('says so when the file is not JSON (exit 2) or does not exist (exit 2), before asking for a passphrase', async () => {
    const root = temp();
    const { dir } = await initWorkspace(root);
    const broken = writeJson(root, 'broken.json', '{"cases": [');
    const ran = await hearth(['import', broken], { env: { HEARTH_WORKSPACE: dir, HEARTH_USER: ADMIN.username } });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/^.*broken\.json is not valid JSON \(.+\)\. Nothing was imported\.$/);
    const missing = await hearth(['import', join(root, 'nope.json')], { env: as(dir, ADMIN) });
    expect(missing.code).toBe(2);
    expect(expectOneSentence(missing)).toMatch(/^There is no file .*nope\.json\.$/);
  });

  it('refuses an officer with exit 3', async () => {
    const root = temp();
    const { dir } = await initWorkspace(root);
    expectOk(await addUser(dir, BOB, 'officer'));
    const ran = await hearth(['import', writeJson(root, 'r.json', file(hateCase()))], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
    expect(expectOneSentence(ran)).toMatch(/role does not allow/);
  });
});
