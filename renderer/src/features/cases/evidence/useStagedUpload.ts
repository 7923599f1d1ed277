import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../../shared/result';
import { cancelUpload, sendInParts } from './sendInParts';

export interface StagedUpload {
  /** How much of the file has reached main while it is being sent and checked; null when nothing is. */
  sent: { bytes: number; of: number } | null;
  /** The upload main holds for `file`, sending it in parts first unless main already has it. */
  stage: (file: File) => Promise<Result<string>>;
  /** The send is over (saved, refused or failed): the progress goes. */
  done: () => void;
  /** main has stored or thrown away the file: nothing is left to cancel. */
  settle: () => void;
  /** Throws away a file main is still holding (another file chosen). */
  forget: () => void;
}

/**
 * A chosen file on its way to main in 1 MiB parts (issue 13), with its progress. A file main has
 * received is kept after a refusal it may be sent past (a duplicate warning), so "Add it anyway" does
 * not send it again; leaving the form (Cancel, another case) tells main to throw it away.
 */
export function useStagedUpload(caseId: number): StagedUpload {
  const [sent, setSent] = useState<{ bytes: number; of: number } | null>(null);
  const staged = useRef<{ file: File; uploadId: string } | null>(null);

  const forget = useCallback(() => {
    if (staged.current) cancelUpload(staged.current.uploadId);
    staged.current = null;
  }, []);
  useEffect(() => forget, [forget]);

  const stage = useCallback(
    async (file: File): Promise<Result<string>> => {
      if (staged.current?.file === file) return { ok: true, value: staged.current.uploadId };
      forget();
      setSent({ bytes: 0, of: file.size });
      const uploaded = await sendInParts(caseId, file, (bytes) => setSent({ bytes, of: file.size }));
      if (!uploaded.ok) {
        setSent(null);
        return uploaded;
      }
      staged.current = { file, uploadId: uploaded.value };
      return uploaded;
    },
    [caseId, forget],
  );

  const done = useCallback(() => setSent(null), []);
  const settle = useCallback(() => {
    staged.current = null;
  }, []);
  return { sent, stage, done, settle, forget };
}
