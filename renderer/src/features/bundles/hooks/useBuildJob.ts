import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput } from '../../../../../shared/ipc/contract';
import type { JobStatus } from '../../../../../shared/schemas/jobs';
import { caseChanged, hearthQueryWhen } from '../../../api/queries';
import { useChange } from '../../../hooks/useChange';

export type JobState = { state: 'idle' } | { state: 'starting' } | { state: 'running'; jobId: string; progress: JobStatus } | { state: 'finished'; progress: JobStatus } | { state: 'error'; message: string };

const POLL_MS = 300;
const started = (jobId: string, caseId: number): JobStatus => ({ jobId, kind: 'bundle-build', caseId, state: 'running', progress: 0, done: 0, total: 1, message: 'Starting', result: null });

/**
 * A bundle build as the screen sees it (issue 7 §2, §6): start it, follow job:status every 300 ms until
 * it ends, cancel it (job:cancel). The build runs in a worker in main, so the screen stays responsive
 * throughout; when it ends the case's bundles are read again.
 */
export function useBuildJob(caseId: number): { job: JobState; start: (input: ChannelInput<'bundle:build'>) => Promise<void>; cancel: () => Promise<void>; reset: () => void } {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const starting = useChange({ caseId });
  const cancelling = useChange({ caseId });
  const progress = useQuery({
    ...hearthQueryWhen('job:status', jobId === null ? null : { jobId }),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_MS : false),
  });
  const ended = progress.data !== undefined && progress.data.state !== 'running';
  useEffect(() => {
    if (ended) for (const queryKey of caseChanged(caseId)) void client.invalidateQueries({ queryKey });
  }, [ended, client, caseId]);

  const start = useCallback(
    async (input: ChannelInput<'bundle:build'>) => {
      setJobId(null);
      await starting.run('bundle:build', input, ({ jobId: id }) => setJobId(id));
    },
    [starting],
  );
  const cancel = useCallback(async () => {
    if (jobId) await cancelling.run('job:cancel', { jobId });
  }, [cancelling, jobId]);
  const reset = useCallback(() => {
    setJobId(null);
    starting.clearError();
    cancelling.clearError();
  }, [starting, cancelling]);

  const error = starting.error ?? cancelling.error ?? (jobId && progress.isError ? progress.error.message : null);
  let job: JobState = { state: 'idle' };
  if (error) job = { state: 'error', message: error };
  else if (starting.busy) job = { state: 'starting' };
  else if (jobId && ended) job = { state: 'finished', progress: progress.data! };
  else if (jobId) job = { state: 'running', jobId, progress: progress.data ?? started(jobId, caseId) };
  return { job, start, cancel, reset };
}
