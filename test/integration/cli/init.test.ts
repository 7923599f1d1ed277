import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT } from '../../../main/workspace/crypto';
import { unlockWorkspace } from '../../../main/workspace/unlock';
import { workspaceExists, workspacePaths } from '../../../main/workspace/paths';
import { ADMIN, expectOk, expectOneSentence, hearth, initWorkspace, RECOVERY_KEY, useTempDirs } from './harness';

const temp = useTempDirs();

const initArgs = (dir: string) => ['init', '--workspace', dir, '--admin', ADMIN.username, '--display-name', ADMIN.displayName, '--name', 'North Office'];

describe('hearth init', () => {
  it('creates the workspace and prints the recovery key once, with a note saying so', async () => {
    const dir = join(temp(), 'ws');
    const ran = expectOk(await hearth(initArgs(dir), { env: { HEARTH_PASSPHRASE: ADMIN.passphrase } }));
    expect(workspaceExists(dir)).toBe(true);
    const key = ran.stdout.split('\n').map((l) => l.trim()).find((l) => RECOVERY_KEY.test(l));
    expect(key, ran.stdout).toBeDefined();
    expect(ran.stdout).toContain('"North Office"');
    expect(ran.stdout).toContain('ada (Ada Lovelace)');
    expect(ran.stdout).toMatch(/shown this once/);
    // The printed key is the real one: it opens the workspace's recovery slot.
    const ws = unlockWorkspace(dir, { recoveryKey: key! });
    ws.close();
  });

  it('with --json gives the recovery key as a field, keeps stdout pure JSON and puts the note on stderr', async () => {
    const dir = join(temp(), 'ws');
    const ran = expectOk(await hearth([...initArgs(dir), '--json'], { env: { HEARTH_PASSPHRASE: ADMIN.passphrase } }));
    const out = JSON.parse(ran.stdout) as { recoveryKey: string; workspace: string; workspaceName: string; admin: { username: string } };
    expect(out.recoveryKey).toMatch(RECOVERY_KEY);
    expect(out).toMatchObject({ workspace: dir, workspaceName: 'North Office', admin: { username: 'ada' } });
    expect(ran.stderr).toMatch(/shown this once/);
    unlockWorkspace(dir, { recoveryKey: out.recoveryKey }).close();
  });

  it('asks for the passphrase twice, without echo, when run in a terminal', async () => {
    const dir = join(temp(), 'ws');
    const ran = expectOk(await hearth(initArgs(dir), { answers: [ADMIN.passphrase, ADMIN.passphrase] }));
    expect(ran.asked).toHaveLength(2);
    expect(ran.stdout).not.toContain(ADMIN.passphrase);
    unlockWorkspace(dir, { username: 'ada', passphrase: ADMIN.passphrase }).close();
  });

  it('refuses two different passphrases typed at the prompt, creating nothing', async () => {
    const dir = join(temp(), 'ws');
    const ran = await hearth(initArgs(dir), { answers: [ADMIN.passphrase, 'correct horse battery stable'] });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/different/);
    expect(workspaceExists(dir)).toBe(false);
  });

  it('refuses a weak passphrase with the reason (exit 2), creating nothing', async () => {
    const dir = join(temp(), 'ws');
    const ran = await hearth(initArgs(dir), { env: { HEARTH_PASSPHRASE: 'short' } });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/at least 12 characters/);
    expect(workspaceExists(dir)).toBe(false);
  });

  it('without HEARTH_PASSPHRASE and no terminal, exits 2 saying how to give one', async () => {
    const dir = join(temp(), 'ws');
    const ran = await hearth(initArgs(dir));
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/HEARTH_PASSPHRASE/);
    expect(existsSync(dir)).toBe(false);
  });

  it('will not create a second workspace in the same folder (exit 2), and leaves the first alone', async () => {
    const { dir, recoveryKey } = await initWorkspace(temp());
    const before = readFileSync(workspacePaths(dir).keyring, 'utf8');
    const ran = await hearth(initArgs(dir), { answers: [] }); // refused before any prompt
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/already a Hearth workspace/);
    expect(readFileSync(workspacePaths(dir).keyring, 'utf8')).toBe(before);
    unlockWorkspace(dir, { recoveryKey }).close();
  });

  it('ignores HEARTH_KDF_COST=low outside a test runner: a real workspace always gets the production scrypt cost', async () => {
    const dir = join(temp(), 'ws');
    expectOk(await hearth(initArgs(dir), { bareEnv: true, env: { HEARTH_KDF_COST: 'low', HEARTH_PASSPHRASE: ADMIN.passphrase } }));
    const keyring = JSON.parse(readFileSync(workspacePaths(dir).keyring, 'utf8')) as { slots: { kdf: { N: number } }[] };
    expect(keyring.slots.map((s) => s.kdf.N)).toEqual([DEFAULT_SCRYPT.N, DEFAULT_SCRYPT.N]);
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 17);
  });

  it('uses the low test cost only when asked under the test runner', async () => {
    const dir = join(temp(), 'ws');
    expectOk(await hearth(initArgs(dir), { env: { HEARTH_PASSPHRASE: ADMIN.passphrase } }));
    const keyring = JSON.parse(readFileSync(workspacePaths(dir).keyring, 'utf8')) as { slots: { kdf: { N: number } }[] };
    expect(keyring.slots.map((s) => s.kdf.N)).toEqual([1024, 1024]);
  });
});
