import { Notice } from '../Notice';

/**
 * What a redaction review says while it is worked out, when it cannot be, and when a decision was refused:
 * the same words for a letter's review and a bundle's.
 */
export function ReviewNotices({ reading, pending, error, decideError }: { reading: string; pending: boolean; error: Error | null; decideError: string | null }) {
  return (
    <>
      {pending && <p role="status">{reading}</p>}
      {error && (
        <Notice tone="error" title="The review could not be worked out">
          <p>{error.message}</p>
        </Notice>
      )}
      {decideError && (
        <Notice tone="error" title="That could not be used" live>
          <p>{decideError}</p>
        </Notice>
      )}
    </>
  );
}
