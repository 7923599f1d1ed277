import { describe, expect, it } from 'vitest';
import { JobRegistry, type StopReason } from '../../../main/jobs/registry';

/** The registry of background work (main/jobs/registry.ts): whose a job is, how it ends, how long it is remembered. */
const ada = { userId: 1, workspaceId: 'w1' };
const start = (jobs: JobRegistry, stops: StopReason[] = [], owner = ada) =>
  jobs.start({ kind: 'letter-batch', owner, caseId: 7, access: 'cases.update', total: 10, message: 'Writing', stop: (r) => stops.push(r) });

describe('the job registry', () => {
  it('answers the owner in the workspace the job began in, and nobody else', () => {
    const jobs = new JobRegistry();
    const job = start(jobs);
    expect(jobs.status(job.id, ada)).toMatchObject({ kind: 'letter-batch', caseId: 7, state: 'running', progress: 0, done: 0, total: 10, message: 'Writing', result: null });
    expect(jobs.locate(job.id, ada)).toEqual({ caseId: 7, access: 'cases.update' });
    for (const other of [{ userId: 2, workspaceId: 'w1' }, { userId: 1, workspaceId: 'w2' }]) {
      expect(() => jobs.status(job.id, other)).toThrow(expect.objectContaining({ code: 'not-found' }));
      expect(() => jobs.cancel(job.id, other)).toThrow(expect.objectContaining({ code: 'not-found' }));
      expect(jobs.locate(job.id, other)).toBeNull();
    }
  });

  it('asks a job to stop once, keeps its end as reported, and ignores anything after', () => {
    const jobs = new JobRegistry();
    const stops: StopReason[] = [];
    const job = start(jobs, stops);
    job.progress(4, 10, 'Writing the PDF');
    expect(jobs.status(job.id, ada)).toMatchObject({ progress: 0.4, done: 4, message: 'Writing the PDF' });
    jobs.cancel(job.id, ada);
    jobs.cancel(job.id, ada);
    jobs.stopAll();
    expect(stops).toEqual(['cancel']);
    job.ended('cancelled', 'Cancelled: no letters were saved.');
    job.ended('done', 'too late', { kind: 'letters', documentId: 1 });
    job.progress(10, 10);
    expect(jobs.status(job.id, ada)).toMatchObject({ state: 'cancelled', message: 'Cancelled: no letters were saved.', result: null, done: 4 });
    expect(jobs.running('letter-batch')).toEqual([]);
  });

  it('stops only the work with its own connection when the database is wanted alone, and forgets ended jobs after an hour', () => {
    let now = 0;
    const jobs = new JobRegistry(() => now);
    const stops: string[] = [];
    const letters = start(jobs);
    jobs.start({ kind: 'deadline-refresh', owner: ada, caseId: null, access: 'session.use', total: 1, message: '', ownConnection: true, stop: (r) => stops.push(`refresh ${r}`) });
    jobs.releaseDatabase();
    expect(stops).toEqual(['refresh lock']);
    letters.ended('done', '10 letters made.', { kind: 'letters', documentId: 3 });
    expect(jobs.status(letters.id, ada)).toMatchObject({ state: 'done', progress: 1, done: 10, result: { kind: 'letters', documentId: 3 } });
    now = 59 * 60_000;
    start(jobs);
    expect(jobs.status(letters.id, ada).state).toBe('done');
    now = 61 * 60_000;
    start(jobs);
    expect(() => jobs.status(letters.id, ada)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
