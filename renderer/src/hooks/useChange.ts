import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { callChannel } from '../api/hearth';
import { changedBy, type ChangeContext, HearthError } from '../api/queries';

interface Request {
  channel: Channel;
  input: unknown;
}

export interface Change {
  /** True while the request runs and the screens it changed read again: the form shows a busy button. */
  busy: boolean;
  /** The message of the last refusal, shown verbatim (main writes them for people). */
  error: string | null;
  /** Forget the last refusal (another template chosen, the form changed). */
  clearError: () => void;
  /**
   * Sends one change; once main accepts it, everything it makes stale (api/queries.ts CHANGES) is read
   * again before `onOk` runs, so the message saying it worked appears beside screens that show it. One
   * request at a time: a second press while busy is ignored.
   */
  run: <C extends Channel>(channel: C, input: ChannelInput<C>, onOk?: (value: ChannelOutput<C>) => void) => Promise<Result<ChannelOutput<C>> | null>;
}

/** A form's changes to server state, through the one query cache. `context` names the case on screen. */
export function useChange(context: ChangeContext = {}): Change {
  const client = useQueryClient();
  const running = useRef(false);
  const caseId = context.caseId;
  const mutation = useMutation<unknown, HearthError, Request>({
    mutationFn: async ({ channel, input }) => {
      const result = await callChannel(channel, input as never);
      if (!result.ok) throw new HearthError(result.error);
      return result.value;
    },
    onSuccess: (_value, { channel, input }) => Promise.all(changedBy(channel, input as never, { caseId }).map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  const { mutateAsync, reset } = mutation;

  const run = useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>, onOk?: (value: ChannelOutput<C>) => void): Promise<Result<ChannelOutput<C>> | null> => {
      if (running.current) return null;
      running.current = true;
      let value: ChannelOutput<C>;
      try {
        value = (await mutateAsync({ channel, input })) as ChannelOutput<C>;
      } catch (error) {
        if (error instanceof HearthError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      } finally {
        running.current = false;
      }
      // After the guard is let go: what happens next may be the next step of the same form (the report is
      // checked against earlier cases, then saved).
      onOk?.(value);
      return { ok: true, value };
    },
    [mutateAsync],
  );

  return { busy: mutation.isPending, error: mutation.error?.message ?? null, clearError: reset, run };
}
