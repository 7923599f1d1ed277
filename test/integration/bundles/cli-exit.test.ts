import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oneShotWorkersStarted, readyWorkers, workersStarted } from '../../../main/bundles/host';
import { compilingForOneShot } from '../../../main/jobs/one-shot-v8';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';
import { hearth } from '../cli/harness';
import { ADMIN, bundleCase, LEGACY_INJUNCTION, LEGAL } from './setup';

/**
 * `hearth bundle` ends when its work is done (issue 15): it used to stay alive about two minutes after
 * writing the PDF, held open by the streams of the worker it had started ahead of the build. And a build
 * that is refused starts no worker at all (item 11): not for a wrong passphrase, a case that cannot have a
 * bundle, or a pre-flight check that fails. Observed through the bundle host's count of the workers it has
 * started in this process (host.ts workersStarted), with `hearth bundle` run in-process.
 */
const temp = useTempDirs();
const repo = fileURLToPath(new URL('../../..', import.meta.url));

interface Exited {
  code: number | null;
  stderr: string;
  /** When the process ended, and when the bundle's file first existed (ms since the start; null if never). */
  endedAt: number;
  fileAt: number | null;
}

/** The real process, as `npm run hearth -- …` starts it; killed after `limitMs` so a hang fails the test instead of stalling it. */
function hearthProcess(args: string[], env: Record<string, string>, watch: string | null, limitMs: number): Promise<Exited> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HEARTH_')));
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], { cwd: repo, env: { ...base, NODE_ENV: 'test', HEARTH_KDF_COST: 'low', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let fileAt: number | null = null;
  const poll = setInterval(() => {
    if (watch && fileAt === null && existsSync(watch)) fileAt = performance.now() - start;
  }, 20);
  const kill = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const endedAt = performance.now() - start;
      clearInterval(poll);
      clearTimeout(kill);
      if (watch && fileAt === null && existsSync(watch)) fileAt = endedAt;
      resolve({ code, stderr, endedAt, fileAt });
    });
  });
}

describe('hearth bundle, the process', () => {
  it('exits within a few seconds of writing the bundle', async () => {
    const root = temp();
    const app = await bundleCase(root, { files: ['multi', 'photo'] });
    app.core.sessions.signOut();
    const out = join(root, 'bundle.pdf');
    const ran = await hearthProcess(['bundle', app.ref, '--out', out, '--accept-suggestions'], { HEARTH_WORKSPACE: app.dir, HEARTH_USER: LEGAL.username, HEARTH_PASSPHRASE: LEGAL.passphrase }, out, 60_000);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.fileAt).not.toBeNull();
    // Before the fix the process ended IDLE_MS (two minutes) after the file appeared, or here was killed at 60 s.
    expect(ran.endedAt - ran.fileAt!).toBeLessThan(5_000);
  });

  it('refuses a case that cannot have a bundle at once, and leaves no worker for it', async () => {
    const root = temp();
    const app = await bundleCase(root, { files: [] });
    // A second case with no injunction recorded: its bundle is refused (an error on the builder screen).
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const bare = await app.must('case:create', raceHateIntake());
    await app.must('case:update', { id: bare.id, legalReferred: true });
    app.core.sessions.signOut();
    const env = { HEARTH_WORKSPACE: app.dir, HEARTH_USER: LEGAL.username, HEARTH_PASSPHRASE: LEGAL.passphrase };

    // In this process: the refusal, and no worker started for it at any point.
    const before = workersStarted();
    const inProcess = await hearth(['bundle', bare.ref, '--out', join(root, 'in.pdf')], { env });
    expect(inProcess.stderr).toMatch(/No civil injunction is recorded on this case/);
    expect(inProcess.code).toBe(2);
    expect(workersStarted()).toBe(before);
    expect(readyWorkers()).toBe(0);

    // A wrong passphrase: refused at sign-in, no worker.
    const wrong = await hearth(['bundle', app.ref, '--out', join(root, 'wrong.pdf')], { env: { ...env, HEARTH_PASSPHRASE: 'not the passphrase at all' } });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/passphrase/i);
    expect(workersStarted()).toBe(before);

    // And as a process: it says so and ends, with no file.
    const out = join(root, 'refused.pdf');
    const ran = await hearthProcess(['bundle', bare.ref, '--out', out], env, out, 60_000);
    expect(ran.stderr).toMatch(/No civil injunction is recorded on this case/);
    expect(ran.code).toBe(2);
    expect(ran.fileAt).toBeNull();
    expect(ran.endedAt).toBeLessThan(20_000);
  });

  it('starts no worker for a build the pre-flight check refuses, and one for a build it accepts', async () => {
    const root = temp();
    // An injunction recorded as Hearth recorded it before issue 15: the pre-flight check blocks its build.
    const app = await bundleCase(root, { files: [], recordedBefore15: LEGACY_INJUNCTION });
    app.core.sessions.signOut();
    const env = { HEARTH_WORKSPACE: app.dir, HEARTH_USER: LEGAL.username, HEARTH_PASSPHRASE: LEGAL.passphrase };
    const before = workersStarted();
    const oneShotBefore = oneShotWorkersStarted();
    const refused = await hearth(['bundle', app.ref, '--out', join(root, 'refused.pdf'), '--accept-suggestions'], { env });
    expect(refused.stderr).toMatch(/pre-flight|section 5\(3\)|s\.5\(3\)/i);
    expect(refused.code).toBe(2);
    expect(workersStarted()).toBe(before);
    expect(readyWorkers()).toBe(0);

    // The same command on a case whose build is accepted starts exactly one worker, and leaves none.
    const good = await bundleCase(temp(), { files: [] });
    good.core.sessions.signOut();
    const out = join(root, 'good.pdf');
    const built = await hearth(['bundle', good.ref, '--out', out, '--accept-suggestions'], { env: { ...env, HEARTH_WORKSPACE: good.dir } });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(workersStarted()).toBe(before + 1);
    expect(readyWorkers()).toBe(0);
    // Its worker compiled as a one-shot build (one-shot-v8.ts); the process is back to V8's defaults after it.
    expect(oneShotWorkersStarted()).toBe(oneShotBefore + 1);
    expect(compilingForOneShot()).toBe(false);
  }, 180_000);
});
