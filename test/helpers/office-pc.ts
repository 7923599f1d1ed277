import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Result } from '../../shared/result';
import { NODE_BASE64 } from '../../main/wire/node-base64';
import type { Forward } from '../../main/host/bridge';
import { type EnrolledDevice, writeDeviceFile } from '../../main/host/device-file';
import { enrolWithHost } from '../../main/host/enrol-client';

/**
 * An office host as its own process and PCs enrolled with it (issue 22), for the tests that need real
 * processes (the SIGKILL test, the end-to-end test, the office bench): `hearth serve` started as
 * `npm run hearth -- serve …` starts it, and a PC's enrolment made as a PC makes it — its own key pair, the
 * one-time code, the host's CA checked against the code before it is pinned — written as the device file
 * browser mode's `--office-host FILE` reads.
 */
const ROOT = join(__dirname, '..', '..');

export interface Served {
  child: ChildProcess;
  url: string;
  port: number;
  /** The code `--enrol NAME` printed, if asked. */
  code: string | null;
  output: () => string;
}

/**
 * `hearth serve --listen 127.0.0.1:0 …` on the workspace, unlocked by `who` (an administrator); resolves once
 * it serves (and has printed its code, with --enrol). HEARTH_KDF_COST=low applies to key slots it makes.
 */
/** The environment a `hearth` process started here runs in: under test (so HEARTH_KDF_COST=low counts), acting as `who`. */
function hearthEnv(dir: string, who: { username: string; passphrase: string }): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('HEARTH_') && k !== 'VITEST'));
  return { ...base, NODE_ENV: 'test', HEARTH_KDF_COST: 'low', HEARTH_WORKSPACE: dir, HEARTH_USER: who.username, HEARTH_PASSPHRASE: who.passphrase };
}

/** `hearth init` of a new workspace in `dir` with `admin` as its administrator, as its own process. */
export function initWorkspaceProcess(dir: string, admin: { username: string; displayName: string; passphrase: string }, workspaceName: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'init', '--admin', admin.username, '--display-name', admin.displayName, '--name', workspaceName, '--json'], {
    cwd: ROOT,
    env: hearthEnv(dir, admin),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`hearth init failed (${r.status}): ${r.stderr}`);
}

export async function startServe(dir: string, who: { username: string; passphrase: string }, extra: string[] = [], limitMs = 120_000): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'serve', '--listen', '127.0.0.1:0', ...extra], { cwd: ROOT, env: hearthEnv(dir, who), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const ready = extra.includes('--enrol') ? /Enrolment code for [^:]+: (\S+)/ : /to the office at https:\/\/127\.0\.0\.1:(\d+)/;
  await new Promise<void>((resolve, reject) => {
    const finish = (then: () => void) => {
      clearInterval(poll);
      clearTimeout(limit);
      then();
    };
    const poll = setInterval(() => {
      if (ready.test(out)) finish(resolve);
      else if (child.exitCode !== null) finish(() => reject(new Error(`hearth serve exited (${child.exitCode}) before it was ready:\n${out}`)));
    }, 50);
    const limit = setTimeout(() => finish(() => reject(new Error(`hearth serve was not ready within ${limitMs / 1000} s:\n${out}`))), limitMs);
  });
  const url = /to the office at (https:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
  return { child, url, port: Number(new URL(url).port), code: /Enrolment code for [^:]+: (\S+)/.exec(out)?.[1] ?? null, output: () => out };
}

/** Ends a process started here and waits for it: SIGTERM (a clean stop), or SIGKILL (a crash). */
export async function stopProcess(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const hard = signal === 'SIGTERM' ? setTimeout(() => child.kill('SIGKILL'), 10_000) : null;
  await exited;
  if (hard) clearTimeout(hard);
}

/** Enrols a PC with the host at `hostUrl` using a one-time code, as `hearth enrol` does (main/host/enrol-client.ts). */
export async function enrolPc(hostUrl: string, code: string, name: string): Promise<EnrolledDevice> {
  const url = new URL(hostUrl);
  return (await enrolWithHost({ host: url.hostname, port: Number(url.port), code, deviceName: name })).device;
}

/** The passphrase the tests' PCs protect their device files with (HEARTH_DEVICE_PASSPHRASE for browser mode). */
export const PC_PASSPHRASE = 'front desk lamp orchard';

/** Writes the PC's device file as `hearth enrol --out FILE` does, its key encrypted under PC_PASSPHRASE (cheaply, for tests). */
export function writePcDevice(file: string, device: EnrolledDevice): void {
  writeDeviceFile(file, device, PC_PASSPHRASE, { N: 1024, r: 8, p: 1 });
}

export type PcCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** The contract called through a PC's client bridge (main/host/bridge.ts), as browser mode forwards the renderer's calls. */
export function pcCaller(forward: Forward): PcCall {
  return async (channel, input) => decodeWire(JSON.parse(await forward(channel, JSON.stringify(encodeWire(input, NODE_BASE64)))), NODE_BASE64) as Result<never>;
}
