import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspaceExists } from '../../../main/workspace/paths';
import { ADMIN, RECOVERY_KEY, useTempDirs } from './harness';

const temp = useTempDirs();
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** The real process, as `npm run hearth -- …` starts it: proves the wiring, stdin handling and exit codes. */
function hearthProcess(args: string[], env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HEARTH_')));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    cwd: repo,
    env: { ...base, NODE_ENV: 'test', HEARTH_KDF_COST: 'low', ...env },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'], // stdin is a pipe, not a TTY: no prompt is possible
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the hearth process', () => {
  it('runs end to end with the documented exit codes', () => {
    const dir = join(temp(), 'ws');
    const signIn = { HEARTH_WORKSPACE: dir, HEARTH_USER: ADMIN.username, HEARTH_PASSPHRASE: ADMIN.passphrase };

    const init = hearthProcess(['init', '--admin', 'ada', '--json'], { HEARTH_WORKSPACE: dir, HEARTH_PASSPHRASE: ADMIN.passphrase });
    expect(init.stderr).toMatch(/shown this once/);
    expect(init.code).toBe(0);
    expect((JSON.parse(init.stdout) as { recoveryKey: string }).recoveryKey).toMatch(RECOVERY_KEY);
    expect(workspaceExists(dir)).toBe(true);

    const verify = hearthProcess(['audit', 'verify'], signIn);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/The audit log is intact/);

    const wrong = hearthProcess(['audit', 'verify'], { ...signIn, HEARTH_PASSPHRASE: 'not my passphrase' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toBe('The user name or passphrase is not right. Check Caps Lock and try again.\n');

    const noPassphrase = hearthProcess(['audit', 'verify'], { HEARTH_WORKSPACE: dir, HEARTH_USER: 'ada' });
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toBe('No passphrase was given: set HEARTH_PASSPHRASE, or run hearth in a terminal so it can ask for it.\n');

    const unknown = hearthProcess(['frobnicate'], signIn);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("Unknown command 'frobnicate'. See hearth --help.\n");
  });
});
