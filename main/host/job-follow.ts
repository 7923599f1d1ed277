import type { JobStatus } from '../../shared/schemas/jobs';

/**
 * A job's progress on a PC, pushed by the office host (issue 22 item 5; docs/office-host.md). The screens poll
 * job:status every 300–500 ms as in single-PC mode (the renderer is unchanged), but on a PC those polls stay
 * on the PC: the bridge follows each job it hears of on one stream from the host (main/office/job-stream.ts),
 * opened when a call's answer names a job id or at the first poll of a job, and answers job:status from the
 * last status pushed. When the stream drops before the job has ended, polls go to the host again, and the
 * stream is opened again at the next poll (no more than once every RETRY_MS). Followed jobs belong to the
 * session that opened them: after a sign-in or sign-out on this PC nothing followed before is answered.
 */
type Call = (channel: string, body: string) => Promise<string>;

export interface StreamHandlers {
  status(status: JobStatus): void;
  /** The stream has ended: after the job's last status, refused, or dropped. Called once. */
  end(): void;
}

/** Opens the host's stream of one job for the session `token`; the function returned closes it. */
export type OpenJobStream = (jobId: string, token: string | null, on: StreamHandlers) => () => void;

interface Followed {
  token: string | null;
  status: JobStatus | null;
  /** Whether the stream is open, so `status` is the job's status now. */
  live: boolean;
  openedAt: number;
  close: () => void;
  /** Polls waiting for the stream's first status (null: the stream ended first). */
  waiting: ((status: JobStatus | null) => void)[];
}

export const RETRY_MS = 2_000;
/** Followed jobs kept (ended ones are still answered for a screen that polls once more); the oldest go first. */
const KEEP = 100;
const JOB_ID = /^[a-f0-9]{16,64}$/;

const answerOf = (status: JobStatus) => JSON.stringify({ ok: true, value: status });

function jobIdIn(text: string, field: 'body' | 'answer'): string | null {
  try {
    const parsed = JSON.parse(text) as { jobId?: unknown; ok?: unknown; value?: { jobId?: unknown } };
    const id = field === 'body' ? parsed.jobId : parsed.ok === true ? parsed.value?.jobId : null;
    return typeof id === 'string' && JOB_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

export function followJobs(forward: Call, open: OpenJobStream, session: () => string | null, now: () => number = Date.now) {
  const jobs = new Map<string, Followed>();
  let lastToken = session();

  const forgetIfSessionChanged = () => {
    const token = session();
    if (token === lastToken) return;
    lastToken = token;
    for (const f of jobs.values()) f.close();
    jobs.clear();
  };

  const settle = (f: Followed, status: JobStatus | null) => {
    for (const resolve of f.waiting.splice(0)) resolve(status);
  };

  const follow = (jobId: string): Promise<JobStatus | null> => {
    jobs.get(jobId)?.close();
    const f: Followed = { token: session(), status: null, live: false, openedAt: now(), close: () => undefined, waiting: [] };
    jobs.set(jobId, f);
    trim();
    const first = new Promise<JobStatus | null>((resolve) => f.waiting.push(resolve));
    let ended = false;
    f.close = open(jobId, f.token, {
      status: (status) => {
        if (ended) return;
        f.status = status;
        f.live = true;
        settle(f, status);
      },
      end: () => {
        if (ended) return;
        ended = true;
        f.live = false;
        settle(f, null);
      },
    });
    return first;
  };

  const trim = () => {
    for (const [id, f] of jobs) {
      if (jobs.size <= KEEP) return;
      f.close();
      jobs.delete(id);
    }
  };

  const status = async (body: string): Promise<string> => {
    const jobId = jobIdIn(body, 'body');
    if (!jobId) return forward('job:status', body);
    const f = jobs.get(jobId);
    // What the host pushed last is the job's status while its stream is open, and for good once it has ended.
    if (f?.status && f.token === session() && (f.live || f.status.state !== 'running')) return answerOf(f.status);
    const pushed = f && f.waiting.length > 0 ? await new Promise<JobStatus | null>((resolve) => f.waiting.push(resolve)) : !f || now() - f.openedAt >= RETRY_MS ? await follow(jobId) : null;
    return pushed ? answerOf(pushed) : forward('job:status', body);
  };

  return {
    forward: async (channel: string, body: string): Promise<string> => {
      forgetIfSessionChanged();
      if (channel === 'job:status') return status(body);
      const answer = await forward(channel, body);
      forgetIfSessionChanged();
      // A call that started a job: follow it now, so the screen's first poll is already answered here.
      if (answer.length < 65_536 && answer.includes('"jobId"')) {
        const jobId = jobIdIn(answer, 'answer');
        if (jobId && !jobs.has(jobId)) void follow(jobId);
      }
      return answer;
    },
    /** How many jobs have a stream open now (for tests and the PC's diagnostics). */
    streaming: () => [...jobs.values()].filter((f) => f.live).length,
    close: () => {
      for (const f of jobs.values()) f.close();
      jobs.clear();
    },
  };
}

/** Reads server-sent events' `data:` lines as they arrive, whatever the chunks' boundaries. */
export function eventReader(onData: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of event.split('\n')) if (line.startsWith('data: ')) onData(line.slice(6));
    }
  };
}
