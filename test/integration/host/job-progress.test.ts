import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { startBrowserServer, type BrowserServer } from '../../../main/browser/server';
import { createCore } from '../../../main/core';
import { hostBridge } from '../../../main/host/bridge';
import { raceHateIntake } from '../../helpers/cases';
import { type Host, Pc, PASS, startHost } from './office-fixture';

/**
 * Issue 22 item 5, long work over the office host: a job runs in the host's registry, and the PC that asked
 * follows it with the same job:status the screen polls in single-PC mode, forwarded by the bridge. The job
 * is its owner's alone: the same call from another person on another PC finds nothing.
 */
let host: Host;
const pcs: { pc: Pc; bridge: ReturnType<typeof hostBridge>; local: BrowserServer }[] = [];

async function pcAt(name: string) {
  const pc = await Pc.enrol(host, name);
  const bridge = hostBridge(pc.device());
  const core = createCore({ dir: `/nonexistent/${randomUUID()}`, refreshDeadlines: false, log: () => undefined });
  const local = await startBrowserServer(core, '/nonexistent', 0, { forward: bridge.forward });
  pcs.push({ pc, bridge, local });
  const token = /token=([0-9a-f]+)/.exec(local.url)![1]!;
  const origin = `http://127.0.0.1:${local.port}`;
  return async <T>(channel: string, input: unknown): Promise<Result<T>> => {
    const res = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin, 'X-Hearth-Token': token }, body: JSON.stringify(input) });
    return (await res.json()) as Result<T>;
  };
}

beforeAll(async () => {
  host = await startHost();
});

afterAll(async () => {
  for (const { pc, bridge, local } of pcs) {
    bridge.close();
    pc.close();
    await local.close();
  }
});

describe('a long job on the host, followed from the PC that asked', () => {
  it('reports its progress and its end to its owner’s PC, and to nobody else', async () => {
    const olivePc = await pcAt('Front desk PC');
    const minaPc = await pcAt('Manager’s PC');
    expect(await olivePc('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await minaPc('session:signIn', { username: 'mina', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await olivePc<{ id: number }>('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);

    // The work as a feature starts it on the host (a batch of letters), for olive, on her case.
    const ws = host.app.core.sessions.current()!.ws;
    const olive = ws.db.prepare("SELECT id FROM users WHERE username = 'olive'").get() as { id: number };
    const job = host.app.core.jobs.start({ kind: 'letter-batch', owner: { userId: olive.id, workspaceId: ws.workspaceId }, caseId: made.value.id, access: 'cases.read', total: 40, message: 'Making 40 letters…', stop: () => undefined });

    const seen: JobStatus[] = [];
    const poll = async () => {
      const status = await olivePc<JobStatus>('job:status', { jobId: job.id });
      if (!status.ok) throw new Error(status.error.message);
      seen.push(status.value);
    };
    await poll();
    job.progress(10, 40, '10 of 40 letters made…');
    await poll();
    job.progress(30, 40, '30 of 40 letters made…');
    await poll();
    job.ended('done', 'All 40 letters are made.');
    await poll();
    expect(seen.map((s) => [s.state, s.done, s.total, s.message])).toEqual([
      ['running', 0, 40, 'Making 40 letters…'],
      ['running', 10, 40, '10 of 40 letters made…'],
      ['running', 30, 40, '30 of 40 letters made…'],
      ['done', 40, 40, 'All 40 letters are made.'],
    ]);
    expect(seen.map((s) => s.progress)).toEqual([0, 0.25, 0.75, 1]);

    // Another person, on another PC, with the same partner: the job is not theirs.
    expect(await minaPc('job:status', { jobId: job.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
