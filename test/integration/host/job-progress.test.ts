import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { hostBridge } from '../../../main/host/bridge';
import { eventReader } from '../../../main/host/job-follow';
import type { JobHandle } from '../../../main/jobs/registry';
import { startHostServer } from '../../../main/office/server';
import { raceHateIntake } from '../../helpers/cases';
import { type Host, Pc, PASS, pcBrowserMode, startHost } from './office-fixture';

/**
 * Issue 22 item 5, long work over the office host: a job runs in the host's registry and its progress is
 * pushed to the PC and user that started it (main/office/job-stream.ts). The screen still polls job:status
 * every few hundred milliseconds, as in single-PC mode, but the PC's bridge answers those polls from what the
 * host pushed (main/host/job-follow.ts): the host is hardly asked. Nobody else can follow the job, and a
 * dropped stream is noticed and opened again.
 */
let host: Host;
const closers: (() => void)[] = [];

async function pcAt(name: string) {
  const pc = await Pc.enrol(host, name);
  const bridge = hostBridge(pc.device());
  const browser = await pcBrowserMode(bridge.forward);
  closers.push(() => bridge.close(), () => pc.close());
  const call = async <T>(channel: string, input: unknown) => (await browser.post(channel, JSON.stringify(input))).result as Result<T>;
  return { pc, bridge, call };
}

/** The host's registry, counting how often a job's status is read there (by a forwarded poll or a stream opening). */
function countStatusReads(): () => number {
  const jobs = host.app.core.jobs;
  const real = jobs.status.bind(jobs);
  let reads = 0;
  jobs.status = (id, who) => {
    reads += 1;
    return real(id, who);
  };
  return () => reads;
}

function startLetters(username: string, caseId: number): JobHandle {
  const ws = host.app.core.sessions.current()!.ws;
  const user = ws.db.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number };
  return host.app.core.jobs.start({ kind: 'letter-batch', owner: { userId: user.id, workspaceId: ws.workspaceId }, caseId, access: 'cases.read', total: 40, message: 'Making 40 letters…', stop: () => undefined });
}

/** Polls as the screen does, every 20 ms, until the status satisfies `wanted` (at most 10 s). */
async function pollUntil(poll: () => Promise<Result<JobStatus>>, wanted: (s: JobStatus) => boolean): Promise<{ status: JobStatus; polls: number }> {
  for (let polls = 1; polls <= 500; polls += 1) {
    const answer = await poll();
    if (!answer.ok) throw new Error(answer.error.message);
    if (wanted(answer.value)) return { status: answer.value, polls };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the status never came');
}

/** The host's stream of one job, read as a PC reads it: its status code, and each status as it comes. */
function openStream(pc: Pc, jobId: string, token: string | null, onStatus: (s: JobStatus) => void): Promise<{ status: number; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Length': '0' };
    if (token) headers['hearth-session'] = token;
    const req = request({ host: '127.0.0.1', port: host.server.port, path: `/jobs/${jobId}/events`, method: 'POST', ca: pc.identity.caPem, cert: pc.identity.certPem, key: pc.identity.keyPem, agent: false, headers }, (res) => {
      res.setEncoding('utf8');
      res.on('data', eventReader((data) => onStatus(JSON.parse(data) as JobStatus)));
      resolve({ status: res.statusCode ?? 0, ended: new Promise((done) => res.on('end', () => done())) });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  host = await startHost();
});

afterAll(async () => {
  for (const close of closers) close();
  // The server the last test started again (closing the first one twice does no harm).
  await host.server.close();
});

describe('a long job on the host, followed from the PC that asked', () => {
  it('pushes each change to its owner’s PC, whose screen polls stay on the PC, and tells nobody else', async () => {
    const olive = await pcAt('Front desk PC');
    const mina = await pcAt('Manager’s PC');
    expect(await olive.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await mina.call('session:signIn', { username: 'mina', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await olive.call<{ id: number }>('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const job = startLetters('olive', made.value.id);
    const reads = countStatusReads();

    const poll = () => olive.call<JobStatus>('job:status', { jobId: job.id });
    const seen: JobStatus[] = [];
    let polls = 0;
    const follow = async (wanted: (s: JobStatus) => boolean) => {
      const got = await pollUntil(poll, wanted);
      seen.push(got.status);
      polls += got.polls;
    };
    await follow((s) => s.state === 'running');
    expect(olive.bridge.streaming()).toBe(1);
    job.progress(10, 40, '10 of 40 letters made…');
    await follow((s) => s.done === 10);
    job.progress(30, 40, '30 of 40 letters made…');
    await follow((s) => s.done === 30);
    job.ended('done', 'All 40 letters are made.');
    await follow((s) => s.state === 'done');
    expect(seen.map((s) => [s.state, s.done, s.total, s.message, s.progress])).toEqual([
      ['running', 0, 40, 'Making 40 letters…', 0],
      ['running', 10, 40, '10 of 40 letters made…', 0.25],
      ['running', 30, 40, '30 of 40 letters made…', 0.75],
      ['done', 40, 40, 'All 40 letters are made.', 1],
    ]);
    // The screen asked at least four times; the host read the job's status only to open its one stream
    // (dispatch's job:status, then once more as the stream starts), never for a poll.
    expect(polls).toBeGreaterThanOrEqual(4);
    expect(reads()).toBeLessThanOrEqual(2);
    // Asked again after the end: still answered on the PC, from the last status the host pushed.
    expect(await poll()).toMatchObject({ ok: true, value: { state: 'done' } });
    expect(reads()).toBeLessThanOrEqual(2);

    // Another person, on another PC, with the same partner: the job is not theirs, by poll or by stream.
    expect(await mina.call('job:status', { jobId: job.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(mina.bridge.streaming()).toBe(0);
  });

  it('streams a job’s statuses in order, ending with its end, and only to its owner’s session on its owner’s PC', async () => {
    const olivePc = await Pc.enrol(host, 'Second front desk PC');
    const minaPc = await Pc.enrol(host, 'Second manager’s PC');
    closers.push(() => olivePc.close(), () => minaPc.close());
    expect(await olivePc.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    expect(await minaPc.call('session:signIn', { username: 'mina', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await olivePc.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const job = startLetters('olive', made.value.id);

    // Refused: another user's session, olive's own token from another PC, no session, no certificate.
    expect((await openStream(minaPc, job.id, minaPc.token, () => undefined)).status).toBe(404);
    expect((await openStream(minaPc, job.id, olivePc.token, () => undefined)).status).toBe(401);
    expect((await openStream(olivePc, job.id, null, () => undefined)).status).toBe(401);
    const stranger = await new Promise<number | string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: host.server.port, path: `/jobs/${job.id}/events`, method: 'POST', rejectUnauthorized: false, agent: false, headers: { 'Content-Length': '0' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    expect(stranger).toBe(403);

    const events: JobStatus[] = [];
    let arrived: () => void = () => undefined;
    const next = () => new Promise<void>((resolve) => (arrived = resolve));
    let coming = next();
    const stream = await openStream(olivePc, job.id, olivePc.token, (s) => {
      events.push(s);
      arrived();
    });
    expect(stream.status).toBe(200);
    await coming;
    for (const done of [5, 20, 35]) {
      coming = next();
      job.progress(done, 40, `${done} of 40 letters made…`);
      await coming;
    }
    job.ended('done', 'All 40 letters are made.');
    await stream.ended;
    expect(events.map((s) => [s.state, s.done])).toEqual([
      ['running', 0],
      ['running', 5],
      ['running', 20],
      ['running', 35],
      ['done', 40],
    ]);

    // Signed out on the PC while a job runs: its next change ends the stream, and is not sent.
    const later = startLetters('olive', made.value.id);
    const afterSignOut: JobStatus[] = [];
    let first: () => void = () => undefined;
    const firstCame = new Promise<void>((resolve) => (first = resolve));
    const stream2 = await openStream(olivePc, later.id, olivePc.token, (s) => {
      afterSignOut.push(s);
      first();
    });
    await firstCame;
    expect(await olivePc.call('session:signOut', {})).toMatchObject({ ok: true });
    later.progress(12, 40, '12 of 40 letters made…');
    await stream2.ended;
    expect(afterSignOut.map((s) => s.done)).toEqual([0]);
  });

  it('notices a dropped stream, asks the host meanwhile, and follows the job again once the host is back', async () => {
    const olive = await pcAt('Third front desk PC');
    expect(await olive.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await olive.call<{ id: number }>('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const job = startLetters('olive', made.value.id);
    const poll = () => olive.call<JobStatus>('job:status', { jobId: job.id });
    await pollUntil(poll, (s) => s.state === 'running');
    expect(olive.bridge.streaming()).toBe(1);

    // The host's server stops (every connection cut) and starts again on the same port; the job runs on.
    const port = host.server.port;
    await host.server.close();
    for (let i = 0; i < 250 && olive.bridge.streaming() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(olive.bridge.streaming()).toBe(0);
    job.progress(20, 40, '20 of 40 letters made…');
    host.server = await startHostServer(host.app.core, host.office, { host: '127.0.0.1', port });

    // The next polls are not answered with the stale status: the PC asks the host, and follows the job again.
    expect((await pollUntil(poll, (s) => s.done === 20)).status).toMatchObject({ state: 'running', done: 20 });
    await pollUntil(poll, () => olive.bridge.streaming() === 1);
    job.ended('done', 'All 40 letters are made.');
    expect((await pollUntil(poll, (s) => s.state === 'done')).status).toMatchObject({ state: 'done', done: 40 });
  });
});
