import { describe, expect, it } from 'vitest';
import { addUser, ADMIN, as, BOB, expectOk, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

describe('hearth user reset-passphrase', () => {
  it('prints a one-time passphrase once; the old one fails, the new one must be changed first', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    const ran = expectOk(await hearth(['user', 'reset-passphrase', 'bob', '--json'], { env: as(dir, ADMIN) }));
    const { oneTimePassphrase } = JSON.parse(ran.stdout) as { oneTimePassphrase: string };
    expect(ran.stderr).toMatch(/not shown again/);

    expect((await hearth(['user', 'list'], { env: as(dir, BOB) })).code).toBe(3);
    const oneTime = { username: 'bob', passphrase: oneTimePassphrase };
    const refused = await hearth(['user', 'list'], { env: as(dir, oneTime) });
    expect(refused.stderr).toMatch(/Choose your own passphrase first/);
    expectOk(await hearth(['user', 'passphrase'], { env: { ...as(dir, oneTime), HEARTH_NEW_PASSPHRASE: 'my own chosen phrase' } }));
    expectOk(await hearth(['user', 'list'], { env: as(dir, { username: 'bob', passphrase: 'my own chosen phrase' }) }));
  });
});
