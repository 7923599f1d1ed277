import { describe, expect, it } from 'vitest';
import { addUser, ADMIN, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

/** Issue 20: `hearth partner threshold` shows a partner's ASB case review threshold versions and adds one. */
describe('hearth partner threshold', () => {
  it('shows the versions, refuses a count above three, and adds a version in force from a day (a manager may)', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    const shown = expectOk(await hearth(['partner', 'threshold', 'c33'], { env: as(dir, BOB) }));
    expect(shown.stdout.split('\n')[0]).toMatch(/^IN FORCE FROM\s+THRESHOLD\s+SET BY\s+RULE$/);
    expect(shown.stdout).toMatch(/the start \(now\)\s+statutory v1\s+–\s+3 complaints in 6 months/);

    const tooMany = await hearth(['partner', 'threshold', 'C33', '--set', '--from', '01/01/2027', '--count', '4', '--name', 'Four complaints'], { env: as(dir, BOB) });
    expect(tooMany.code).not.toBe(0);
    expect(expectOneSentence(tooMany)).toContain('no more than three complaints');

    const added = expectOk(await hearth(['partner', 'threshold', 'C33', '--set', '--from', '01/01/2027', '--count', '2', '--hate', '1', '--name', 'Two complaints, or one hate incident'], { env: as(dir, BOB) }));
    expect(added.stdout).toBe('Added local-c33 version 1 for C33, in force from 01/01/2027: 2 complaints in 6 months, each made within one month of the behaviour; or 1 hate incident.\n');
    const json = JSON.parse(expectOk(await hearth(['partner', 'threshold', 'C33', '--json'], { env: as(dir, ADMIN) })).stdout) as { versions: { id: string; inForceFrom: string | null; setBy: string | null }[] };
    expect(json.versions.map((v) => [v.id, v.inForceFrom])).toEqual([
      ['statutory', null],
      ['local-c33', '2027-01-01'],
    ]);
  });
});
