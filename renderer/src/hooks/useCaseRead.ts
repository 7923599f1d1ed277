import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { callChannel } from '../api/hearth';
import { HearthError, queryKeyOf } from '../api/queries';

type CaseRead = Omit<ChannelInput<'case:get'>, 'reason'>;

/**
 * One case through the query cache, read again whenever a change on the case makes it stale. A
 * restricted case answers 'reason-required' until a reason is given (it is audited), so the error's code
 * is kept as well as its words. The reason is sent once, with the next read: it opens the case to this
 * session for the workspace's set time (issue 13), so the reads that follow a change need none and do
 * not renew the grant. When the time is up, the next read is refused again and the reason is asked for.
 * The reason is not part of the query's key: a case is one entry in the cache however it was opened.
 */
export function useCaseRead(input: CaseRead) {
  const unsent = useRef<string | undefined>(undefined);
  // The reason last given (the dialog shows main's answer to it).
  const [reason, setReasonState] = useState<string | undefined>(undefined);
  const queryKey = queryKeyOf('case:get', input);
  const query = useQuery({
    queryKey,
    queryFn: async () => {
      const given = unsent.current;
      const result = await callChannel('case:get', given === undefined ? input : { ...input, reason: given });
      if (result.ok && unsent.current === given) unsent.current = undefined;
      if (!result.ok) throw new HearthError(result.error);
      return result.value;
    },
  });
  const { refetch } = query;
  const setReason = useCallback(
    (given: string) => {
      unsent.current = given;
      setReasonState(given);
      void refetch();
    },
    [refetch],
  );
  return { query, reason, setReason };
}
