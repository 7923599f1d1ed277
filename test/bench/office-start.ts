import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Result } from '../../shared/result';
import { createCore } from '../../main/core';
import { findCurrentUserByName, setMustChangePassphrase } from '../../main/db/queries/users';
import { hostBridge } from '../../main/host/bridge';
import { DEMO_STAFF } from '../../main/seed/data';
import { enrolPc, pcCaller, startServe, stopProcess } from '../helpers/office-pc';
import { ADMIN, call, dataset, SLOT_COST } from './cases';
import { ms } from './stats';

/**
 * Issue 22: what the first calls cost just after `hearth serve` starts on 50,000 cases, beside the same calls
 * once the host has settled. Times are wall-clock from the PC (request to decoded answer) and the host
 * process's CPU time over each call (utime + stime from /proc), so a loaded machine's inflation shows.
 */
const PASSPHRASE = 'office start bench passphrase';

/** CPU seconds the process has used so far (Linux /proc; clock ticks of 10 ms). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function runOfficeStartBench(): Promise<[string, string, string][]> {
  const { dir: cacheDir } = await dataset();
  const runRoot = mkdtempSync(join(tmpdir(), 'hearth-bench-office-start-'));
  const dir = join(runRoot, 'workspace');
  cpSync(cacheDir, dir, { recursive: true });
  const rows: [string, string, string][] = [];

  // One officer, one enrolment code; the workspace is closed again before the host starts.
  const core = createCore({ dir, slotCost: SLOT_COST, log: () => undefined, refreshDeadlines: false });
  await call(core, 'session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  const db = core.sessions.current()!.ws.db;
  const partners = DEMO_STAFF.find((s) => s.role === 'officer')!.partners!;
  await call(core, 'users:add', { username: 'start.user', displayName: 'Start User', role: 'officer', passphrase: PASSPHRASE, partners: [...partners] });
  setMustChangePassphrase(db, findCurrentUserByName(db, 'start.user')!.id, false);
  const caseId = (db.prepare(`SELECT id FROM cases WHERE status = 'open' AND restricted = 0 AND partner = ? ORDER BY id DESC LIMIT 1`).get(partners[0]) as { id: number }).id;
  await call(core, 'host:setUp', { officeName: 'Bench Office', addresses: ['127.0.0.1'] });
  const code = (await call(core, 'host:enrolmentCode', { deviceName: 'PC 1' })).code;
  await call(core, 'session:signOut', {});
  core.sessions.signOut();

  const spawned = performance.now();
  const host = await startServe(dir, ADMIN, [], 600_000);
  const pid = host.child.pid!;
  rows.push(['hearth serve: start to serving (unlock, open, migrations done)', ms(performance.now() - spawned), `host CPU ${cpuOf(pid).toFixed(2)} s`]);
  const bridge = hostBridge(await enrolPc(host.url, code, 'PC 1'));
  try {
    const pc = pcCaller(bridge.forward);
    const calls: [string, () => Promise<Result<unknown>>][] = [
      ['session:signIn', () => pc('session:signIn', { username: 'start.user', passphrase: PASSPHRASE })],
      ['case:list (search "Smith")', () => pc('case:list', { query: 'Smith' })],
      ['case:get', () => pc('case:get', { id: caseId })],
      ['document:preview (acknowledgement)', () => pc('document:preview', { caseId, templateId: 'acknowledgement', partyId: null, actionId: null })],
    ];
    const timed = async (label: string, run: () => Promise<Result<unknown>>) => {
      const cpu = cpuOf(pid);
      const t = performance.now();
      const answer = await run();
      const took = performance.now() - t;
      rows.push([label, ms(took), `host CPU ${((cpuOf(pid) - cpu) * 1000).toFixed(0)} ms${answer.ok ? '' : `; refused: ${answer.error.code}: ${answer.error.message.slice(0, 80)}`}`]);
    };
    for (const [name, run] of calls) await timed(`first ${name}`, run);
    // The host's background start-up work (deadline refresh, template check) finishes; then the same calls again.
    await new Promise((r) => setTimeout(r, 30_000));
    for (const [name, run] of calls) await timed(`30 s later: ${name}`, run);
    rows.push(['host CPU in all since it started', `${cpuOf(pid).toFixed(2)} s`, `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`]);
    return rows;
  } finally {
    bridge.close();
    await stopProcess(host.child);
    rmSync(runRoot, { recursive: true, force: true });
  }
}
