import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { eventReader, followJobs, RETRY_MS, type StreamHandlers } from '../../../main/host/job-follow';

/**
 * The PC's side of pushed job progress (main/host/job-follow.ts), with a fake host: polls are answered from
 * the last status pushed while the stream is open, go to the host when it has dropped, and what one session
 * followed is never answered to the next.
 */
const JOB = 'a'.repeat(32);
const status = (done: number, state: JobStatus['state'] = 'running'): JobStatus => ({ jobId: JOB, kind: 'letter-batch', caseId: 1, state, progress: done / 40, done, total: 40, message: `${done} of 40`, result: null });

function fakeHost() {
  const asked: string[] = [];
  const streams: { token: string | null; on: StreamHandlers; closed: boolean }[] = [];
  let token: string | null = 'olive';
  let clock = 1_000;
  const followed = followJobs(
    async (channel) => {
      asked.push(channel);
      return JSON.stringify({ ok: true, value: status(99) });
    },
    (_jobId, session, on) => {
      const stream = { token: session, on, closed: false };
      streams.push(stream);
      return () => (stream.closed = true);
    },
    () => token,
    () => clock,
  );
  return {
    asked,
    streams,
    followed,
    poll: async () => (JSON.parse(await followed.forward('job:status', JSON.stringify({ jobId: JOB }))) as { value: JobStatus }).value,
    signInAs: (who: string | null) => (token = who),
    tick: (ms: number) => (clock += ms),
  };
}

describe('following a job on a PC', () => {
  it('answers polls from the stream, asks the host after a drop, and opens the stream again later', async () => {
    const h = fakeHost();
    const first = h.poll();
    expect(h.streams).toHaveLength(1);
    h.streams[0]!.on.status(status(0));
    expect((await first).done).toBe(0);
    h.streams[0]!.on.status(status(10));
    expect((await h.poll()).done).toBe(10);
    expect(h.asked).toEqual([]);

    h.streams[0]!.on.end();
    expect((await h.poll()).done).toBe(99);
    expect(h.asked).toEqual(['job:status']);
    h.tick(RETRY_MS);
    const again = h.poll();
    expect(h.streams).toHaveLength(2);
    h.streams[1]!.on.status(status(40, 'done'));
    h.streams[1]!.on.end();
    expect((await again).state).toBe('done');
    expect((await h.poll()).state).toBe('done');
    expect(h.asked).toEqual(['job:status']);
  });

  it('forgets what one session followed when another signs in on the PC', async () => {
    const h = fakeHost();
    const first = h.poll();
    h.streams[0]!.on.status(status(40, 'done'));
    await first;
    h.signInAs('walt');
    const next = h.poll();
    expect(h.streams[0]!.closed).toBe(true);
    expect(h.streams[1]!.token).toBe('walt');
    // The host refuses walt the job: the PC asks the host, and does not answer from olive's stream.
    h.streams[1]!.on.end();
    expect((await next).done).toBe(99);
    expect(h.asked).toEqual(['job:status']);
  });

  it('follows a job as soon as a call’s answer names it', async () => {
    const h = fakeHost();
    const forward = followJobs(
      async () => JSON.stringify({ ok: true, value: { jobId: JOB } }),
      (_id, _token, on) => {
        h.streams.push({ token: null, on, closed: false });
        return () => undefined;
      },
      () => 'olive',
    ).forward;
    await forward('bundle:build', '{}');
    expect(h.streams).toHaveLength(1);
  });
});

describe('reading server-sent events', () => {
  it('gives each data line once its event is complete, whatever the chunks', () => {
    const got: string[] = [];
    const read = eventReader((d) => got.push(d));
    read('data: {"a"');
    read(':1}\n\n: still here\n\ndata: 2\n');
    expect(got).toEqual(['{"a":1}']);
    read('\n');
    expect(got).toEqual(['{"a":1}', '2']);
  });
});
