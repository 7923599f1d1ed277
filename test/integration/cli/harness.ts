import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { run } from '../../../main/cli/index';
import type { CliIo } from '../../../main/cli/io';

/**
 * Drives `hearth` in-process through run(argv, io) against real encrypted workspaces in temp folders.
 * HEARTH_KDF_COST=low (honoured because VITEST is set) keeps each key derivation to milliseconds.
 */

export const ADMIN = { username: 'ada', displayName: 'Ada Lovelace', passphrase: 'correct horse battery staple' };
export const BOB = { username: 'bob', passphrase: 'river stone lantern' };
export const CAROL = { username: 'carol', passphrase: 'maple cloud harbour' };

/** The shape of a recovery key: 13 groups of four base32 characters. */
export const RECOVERY_KEY = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){12}$/;

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  /** What the fake terminal was asked, in order. */
  asked: string[];
}

export type Env = Record<string, string | undefined>;

export interface HearthOptions {
  env?: Env;
  /** Answers typed at no-echo prompts, in order; without it there is no terminal (like piped stdin). */
  answers?: string[];
  /** Replace the test-runner env entirely (to prove what happens outside a test runner). */
  bareEnv?: boolean;
}

export async function hearth(args: string[], options: HearthOptions = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const answers = options.answers ? [...options.answers] : null;
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: options.bareEnv ? { ...options.env } : { VITEST: 'true', HEARTH_KDF_COST: 'low', ...options.env },
    cwd: process.cwd(),
    promptSecret: answers
      ? async (question) => {
          asked.push(question);
          const answer = answers.shift();
          if (answer === undefined) throw new Error(`unexpected prompt: ${question}`);
          return answer;
        }
      : null,
  };
  const code = await run(args, io);
  return { code, stdout, stderr, asked };
}

/** Environment for acting as someone on a workspace, as a script would set it. */
export const as = (dir: string, who: { username: string; passphrase: string }): Env => ({
  HEARTH_WORKSPACE: dir,
  HEARTH_USER: who.username,
  HEARTH_PASSPHRASE: who.passphrase,
});

/** A fresh temp folder per call, removed after the test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), 'hearth-cli-'));
    made.push(d);
    return d;
  };
}

/** Asserts a command succeeded, showing its stderr if not. */
export function expectOk(ran: Ran): Ran {
  if (ran.code !== 0) expect.fail(`hearth exited ${ran.code}: ${ran.stderr}`);
  return ran;
}

/** A failure is reported as one line on stderr, never a stack trace, and prints nothing on stdout. */
export function expectOneSentence(ran: Ran): string {
  expect(ran.stdout).toBe('');
  const lines = ran.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(ran.stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(/^\S.*[.)?]$/);
  return lines[0]!;
}

/** A new workspace in `root/workspace` with ADMIN as its administrator. */
export async function initWorkspace(root: string): Promise<{ dir: string; recoveryKey: string }> {
  const dir = join(root, 'workspace');
  const ran = expectOk(
    await hearth(['init', '--workspace', dir, '--admin', ADMIN.username, '--display-name', ADMIN.displayName, '--name', 'Test Office', '--json'], {
      env: { HEARTH_PASSPHRASE: ADMIN.passphrase },
    }),
  );
  return { dir, recoveryKey: (JSON.parse(ran.stdout) as { recoveryKey: string }).recoveryKey };
}

export async function userNames(dir: string): Promise<string[]> {
  const ran = expectOk(await hearth(['user', 'list', '--json'], { env: as(dir, ADMIN) }));
  return (JSON.parse(ran.stdout) as { username: string }[]).map((u) => u.username).sort();
}

/**
 * Adds a user with a temporary passphrase, then has them choose `who.passphrase` as their own
 * (`hearth user passphrase`), as they must before anything else (issue 13).
 */
export async function addUser(dir: string, who: { username: string; passphrase: string }, role: string): Promise<Ran> {
  const temporary = `${who.passphrase} for now`;
  const added = await hearth(['user', 'add', who.username, '--role', role], { env: { ...as(dir, ADMIN), HEARTH_NEW_PASSPHRASE: temporary } });
  if (added.code !== 0) return added;
  const chosen = await hearth(['user', 'passphrase'], { env: { ...as(dir, { username: who.username, passphrase: temporary }), HEARTH_NEW_PASSPHRASE: who.passphrase } });
  return chosen.code === 0 ? added : chosen;
}
