import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../../shared/ipc/contract';
import type { JobStatus } from '../../../../../shared/schemas/jobs';
import { hearth } from '../../../api/hearth';

export type JobState = { state: 'idle' } | { state: 'starting' } | { state: 'running'; jobId: string; progress: JobStatus } | { state: 'finished'; progress: JobStatus } | { state: 'error'; message: string };

const POLL_MS = 300;

/**
 * A bundle build as the screen sees it (issue 7 §2, §6): start it, poll job:status until it ends,
 * cancel it. The build runs in a worker in main, so the screen stays responsive throughout.
 */
export function useBuildJob(onFinished: () => void): { job: JobState; start: (input: ChannelInput<'bundle:build'>) => Promise<void>; cancel: () => Promise<void>; reset: () => void } {
  const [job, setJob] = useState<JobState>({ state: 'idle' });
  const [jobId, setJobId] = useState<string | null>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(() => {
    if (!jobId) return;
    let current = true;
    let timer = 0;
    async function tick(id: string) {
      const r = await hearth.job.status({ jobId: id });
      if (!current) return;
      if (!r.ok) {
        setJob({ state: 'error', message: r.error.message });
        setJobId(null);
      } else if (r.value.state === 'running') {
        setJob({ state: 'running', jobId: id, progress: r.value });
        timer = window.setTimeout(() => void tick(id), POLL_MS);
      } else {
        setJob({ state: 'finished', progress: r.value });
        setJobId(null);
        finished.current();
      }
    }
    timer = window.setTimeout(() => void tick(jobId), POLL_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [jobId]);

  const start = useCallback(async (input: ChannelInput<'bundle:build'>) => {
    setJob({ state: 'starting' });
    const r = await hearth.bundle.build(input);
    if (!r.ok) {
      setJob({ state: 'error', message: r.error.message });
      return;
    }
    setJob({ state: 'running', jobId: r.value.jobId, progress: { jobId: r.value.jobId, kind: 'bundle-build', caseId: input.caseId, state: 'running', progress: 0, done: 0, total: 1, message: 'Starting', result: null } });
    setJobId(r.value.jobId);
  }, []);

  const cancel = useCallback(async () => {
    if (job.state !== 'running') return;
    const r = await hearth.job.cancel({ jobId: job.jobId });
    if (!r.ok) setJob({ state: 'error', message: r.error.message });
  }, [job]);

  const reset = useCallback(() => {
    setJobId(null);
    setJob({ state: 'idle' });
  }, []);

  return { job, start, cancel, reset };
}
