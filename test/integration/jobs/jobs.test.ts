import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { ADMIN, addUser, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { acceptRedactions, bundleCase, LEGAL } from '../bundles/setup';
import { richCase } from '../documents/fixture';

/**
 * Issue 14: background work of every kind answers on one pair of channels (job:status, job:cancel), is its
 * owner's alone, names its case to dispatch, stops at a lock, and writes its own audit event when it ends
 * after the request that started it.
 */
const temp = useTempDirs();
const NOT_YOURS = { ok: false, error: { code: 'not-found', message: 'There is no such job, or it was started by someone else.' } };

async function until(app: TestApp, jobId: string): Promise<JobStatus> {
  for (;;) {
    const s = await app.must('job:status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const signInAs = async (app: TestApp, username: string, passphrase: string) => {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username, passphrase });
};

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1} Elm Road, London, N1 ${1 + (i % 9)}AA`);

describe('background jobs', () => {
  it('a bundle build is a job: its status and result on job:status, nobody else’s to see, and no longer its owner’s without legal.register', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    await acceptRedactions(app, app.caseId, sources.defaultPlan);
    const job = await app.must('bundle:build', { caseId: app.caseId, plan: sources.defaultPlan });
    const done = await until(app, job.jobId);
    expect(done).toMatchObject({ jobId: job.jobId, kind: 'bundle-build', caseId: app.caseId, state: 'done', progress: 1, result: { kind: 'bundle', bundle: { id: job.bundleId, status: 'ready' } } });
    expect(done.done).toBe(done.total);

    // Another legal user of the same partner, and the administrator: not theirs, so not found.
    await signInAs(app, ADMIN.username, ADMIN.passphrase);
    await addUser(app, { username: 'lex', displayName: 'Lex Legal', role: 'legal', passphrase: LEGAL.passphrase });
    expect(await app.call('job:status', { jobId: job.jobId })).toMatchObject(NOT_YOURS);
    expect(await app.call('job:cancel', { jobId: job.jobId })).toMatchObject(NOT_YOURS);
    await signInAs(app, 'lex', LEGAL.passphrase);
    expect(await app.call('job:status', { jobId: job.jobId })).toMatchObject(NOT_YOURS);

    // Its end was audited on its own, against the case, after bundle:build had answered.
    await signInAs(app, ADMIN.username, ADMIN.passphrase);
    const events = await app.must('audit:list', { limit: 500 });
    const build = events.find((e) => e.action === 'bundle:build')!;
    const ended = events.find((e) => e.action === 'bundle:buildEnded')!;
    expect(ended).toMatchObject({ target: `case:${app.ref}`, outcome: 'ok', username: LEGAL.username });
    expect(ended.seq).toBeGreaterThan(build.seq);

    // The owner moved to another role: what the job needs (legal.register) is checked again at every ask.
    const lena = (await app.must('users:list', {})).find((u) => u.username === LEGAL.username)!;
    await app.must('users:setRole', { userId: lena.id, role: 'officer' });
    await signInAs(app, LEGAL.username, LEGAL.passphrase);
    expect(await app.call('job:status', { jobId: job.jobId })).toMatchObject(NOT_YOURS);
  });

  it('cancelling is audited against the job’s case; a lock stops running work, and nothing of it is kept', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const first = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(1500) });
    expect(first).toMatchObject({ kind: 'letter-batch', caseId: c.id, state: 'running', total: 1500 });
    expect(await app.must('job:cancel', { jobId: first.jobId })).toMatchObject({ jobId: first.jobId });
    expect(await until(app, first.jobId)).toMatchObject({ state: 'cancelled', result: null });
    const events = await app.must('audit:list', { limit: 50 });
    expect(events.find((e) => e.action === 'job:cancel')).toMatchObject({ target: `case:${c.ref}`, outcome: 'ok', username: ADMIN.username });
    expect(events.find((e) => e.action === 'document:batchStart')).toMatchObject({ target: `case:${c.ref}`, outcome: 'ok' });

    const second = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(1500) });
    await app.must('session:lock', {});
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    expect(await until(app, second.jobId)).toMatchObject({ state: 'failed', message: expect.stringMatching(/^The workspace was locked before the letters were finished; nothing was saved/) });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);
    expect((await app.must('audit:list', { limit: 50 })).some((e) => e.action === 'document:batchDone')).toBe(false);
  });
});
