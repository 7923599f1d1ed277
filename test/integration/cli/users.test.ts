import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacePaths } from '../../../main/workspace/paths';
import { addUser, ADMIN, as, BOB, CAROL, expectOk, expectOneSentence, hearth, initWorkspace, userNames, useTempDirs } from './harness';

const temp = useTempDirs();

const slotNames = (dir: string) =>
  (JSON.parse(readFileSync(workspacePaths(dir).keyring, 'utf8')) as { slots: { username: string | null }[] }).slots.map((s) => s.username);

describe('hearth user', () => {
  it('adds a user with a role and a temporary passphrase that opens the workspace', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = expectOk(
      await hearth(['user', 'add', 'bob', '--role', 'officer', '--display-name', 'Bob Marsh', '--json'], {
        env: { ...as(dir, ADMIN), HEARTH_NEW_PASSPHRASE: BOB.passphrase },
      }),
    );
    expect(JSON.parse(ran.stdout)).toMatchObject({ username: 'bob', displayName: 'Bob Marsh', role: 'officer', mustChangePassphrase: true });
    // Bob's passphrase signs him in: an officer may not list users, so the refusal is "forbidden", not "wrong passphrase".
    const asBob = await hearth(['user', 'list'], { env: as(dir, BOB) });
    expect(asBob.code).toBe(3);
    expect(asBob.stderr).toMatch(/role does not allow/);
  });

  it('asks for the temporary passphrase twice at a terminal after signing the admin in', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = expectOk(await hearth(['user', 'add', 'bob', '--role', 'legal'], { env: as(dir, ADMIN), answers: [BOB.passphrase, BOB.passphrase] }));
    expect(ran.asked).toEqual(['Temporary passphrase for bob: ', 'Type it again to confirm: ']);
    expect(ran.stdout).toMatch(/Added bob as Legal team\./);
  });

  it('lists users as a table, or as JSON records', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    const text = expectOk(await hearth(['user', 'list'], { env: as(dir, ADMIN) })).stdout;
    expect(text.split('\n')[0]).toMatch(/^USER\s+ROLE\s+NAME\s+ADDED$/);
    expect(text).toMatch(/^ada\s+admin\s+Ada Lovelace\s+\d{4}-\d\d-\d\d$/m);
    expect(text).toMatch(/^bob\s+manager\s+bob\s+\d{4}-\d\d-\d\d$/m);
    const json = JSON.parse(expectOk(await hearth(['user', 'list', '--json'], { env: as(dir, ADMIN) })).stdout) as { username: string; role: string }[];
    expect(json.map((u) => [u.username, u.role])).toEqual([
      ['ada', 'admin'],
      ['bob', 'manager'],
    ]);
  });

  it('removes a user by name, re-keys the workspace, and their passphrase then fails with exit 3', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    expectOk(await hearth(['user', 'list'], { env: as(dir, BOB) })); // works before the removal
    const keyBefore = readFileSync(workspacePaths(dir).keyring, 'utf8');

    const ran = expectOk(await hearth(['user', 'remove', 'bob'], { env: as(dir, ADMIN) }));
    expect(ran.stdout).toMatch(/Removed bob\. The workspace has been re-keyed/);
    expect(await userNames(dir)).toEqual(['ada']);
    expect(slotNames(dir)).not.toContain('bob');
    expect(readFileSync(workspacePaths(dir).keyring, 'utf8')).not.toBe(keyBefore);

    const asBob = await hearth(['user', 'list'], { env: as(dir, BOB) });
    expect(asBob.code).toBe(3);
    expect(expectOneSentence(asBob)).toMatch(/passphrase is not right/);
  });

  it('says so when the user to remove does not exist (exit 2)', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['user', 'remove', 'nobody'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toBe('There is no current user called nobody.');
  });

  it('will not let an administrator remove themselves (exit 2)', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['user', 'remove', 'ada'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/cannot remove your own account/);
    expect(await userNames(dir)).toEqual(['ada']);
  });

  it('refuses an officer running user add with exit 3, and adds nobody', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const ran = await hearth(['user', 'add', 'carol', '--role', 'admin'], { env: { ...as(dir, BOB), HEARTH_NEW_PASSPHRASE: CAROL.passphrase } });
    expect(ran.code).toBe(3);
    expect(expectOneSentence(ran)).toMatch(/Your role does not allow this/);
    expect(await userNames(dir)).toEqual(['ada', 'bob']);
  });

  it('refuses a wrong passphrase with exit 3 and one sentence on stderr', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['user', 'list'], { env: { ...as(dir, ADMIN), HEARTH_PASSPHRASE: 'correct horse battery stable' } });
    expect(ran.code).toBe(3);
    expect(expectOneSentence(ran)).toMatch(/passphrase is not right/);
  });

  it('takes --workspace and --user on the command line over the environment', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['user', 'list', '--workspace', dir, '--user', 'ada', '--json'], {
      env: { HEARTH_WORKSPACE: join(temp(), 'elsewhere'), HEARTH_USER: 'someone', HEARTH_PASSPHRASE: ADMIN.passphrase },
    });
    expectOk(ran);
    expect(JSON.parse(ran.stdout)).toHaveLength(1);
  });

  it('exits 2 when nobody says who is signing in', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['user', 'list'], { env: { HEARTH_WORKSPACE: dir, HEARTH_PASSPHRASE: ADMIN.passphrase } });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/--user NAME or set HEARTH_USER/);
  });

  it('exits 2 when the folder holds no workspace, before asking for a passphrase', async () => {
    const ran = await hearth(['user', 'list', '--user', 'ada'], { env: { HEARTH_WORKSPACE: temp() }, answers: [] });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/There is no Hearth workspace in .*hearth init/);
    expect(ran.asked).toEqual([]);
  });
});

describe('usage errors exit 2 with one sentence', () => {
  it.each([
    ['an unknown command', ['frobnicate'], /Unknown command 'frobnicate'/],
    ['a misspelt command, with a suggestion', ['usr', 'list'], /Unknown command 'usr' \(Did you mean user\?\)/],
    ['user add without --role', ['user', 'add', 'bob'], /Required option '--role <role>' not specified/],
    ['a role that does not exist', ['user', 'add', 'bob', '--role', 'boss'], /Allowed choices are officer, legal, manager, admin/],
    ['an unknown option', ['user', 'list', '--colour'], /Unknown option '--colour'/],
    ['a missing argument', ['user', 'remove'], /Missing required argument 'name'/],
    ['init without --admin', ['init'], /Required option '--admin <name>' not specified/],
  ])('%s', async (_what, args, message) => {
    const ran = await hearth(args, { env: { HEARTH_PASSPHRASE: ADMIN.passphrase } });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(message);
  });

  it('no command at all shows the help on stderr and exits 2', async () => {
    const ran = await hearth([]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/Usage: hearth/);
  });

  it('--help shows the commands on stdout and exits 0', async () => {
    const ran = await hearth(['--help']);
    expect(ran.code).toBe(0);
    for (const command of ['init', 'user', 'backup', 'restore', 'audit']) expect(ran.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(ran.stdout).toMatch(/Exit codes: 0 done, 2 bad input, 3 wrong passphrase or not allowed, 4 integrity failure/);
  });
});
