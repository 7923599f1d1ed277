/**
 * Bounds on what an evidence PDF may ask of the code that reads it (security.md §5, issue 13 finding 4).
 * pdf-lib follows a file's structure as it is written: a page tree that lists itself among its own
 * pages recurses until the stack runs out, objects nested thousands deep overflow its writer, and a
 * compressed stream can inflate a thousandfold. Each of these is refused here, in words, before anything
 * else walks the file; what the words say is what the officer reads ("unusable: …").
 */
export type LimitKind = 'loop' | 'deep' | 'bomb' | 'large' | 'damaged';

export class LimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    /** What is wrong with the file, as the end of a sentence: "its page tree refers back to itself". */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'LimitError';
  }
}

const MB = 1024 * 1024;

/** The most one stream that is not a picture may inflate to: far above any real page, far below a bomb. */
export const STREAM_LIMIT = 64 * MB;
/** The most one picture may inflate to (a 600 dpi A3 colour scan is about 210 MB). */
export const IMAGE_LIMIT = 256 * MB;
/** The most all of one file's streams may inflate to together. */
export const FILE_INFLATE_LIMIT = 768 * MB;
/** Arrays and dictionaries inside one another, within one object (real files stay under ten). */
export const MAX_NESTING = 100;
/** Levels of a page tree (real files have a handful). */
export const MAX_TREE_DEPTH = 64;
/** Pages in one evidence file. */
export const MAX_PAGES = 20_000;
/** Objects reachable from one file's pages. */
export const MAX_OBJECTS = 2_000_000;

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Is this error one of ours (a file refused for a reason the officer can read)? */
export function isLimitError(error: unknown): error is LimitError {
  return error instanceof LimitError;
}

/** The words for an error from reading a file: ours as they are, a stack overflow or anything else in plain terms. */
export function unusableReason(error: unknown): string {
  if (isLimitError(error)) return error.reason;
  if (error instanceof RangeError) return 'its structure is nested too deeply to be read safely';
  return 'it is damaged and could not be read';
}
