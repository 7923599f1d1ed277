/**
 * Answers in parts between an office host and its PCs (issue 22 item 5): no answer larger than one part
 * crosses the LAN as one body. An answer longer than ANSWER_PART_BYTES (a letter's PDF, a bundle, a report
 * export) is kept on the host for a few minutes and the reply names it instead (ANSWER_PARTS_HEADER and a
 * small manifest); the PC's bridge (./bridge.ts) fetches its parts in order from /answer/<id>/<n> with the
 * same certificate and puts the answer back together, so the renderer sees the same answer as anywhere else.
 * Evidence files go further: they are read from the store a stored part at a time (./chunked-downloads.ts).
 */
export const ANSWER_PART_BYTES = 1024 * 1024;
export const ANSWER_PARTS_HEADER = 'hearth-answer-parts';

/** The reply that stands for an answer kept in parts. */
export interface AnswerManifest {
  parts: { id: string; count: number; bytes: number };
}

export const answerPartPath = (id: string, index: number) => `/answer/${id}/${index}`;
