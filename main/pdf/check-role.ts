/** The PDF check worker's role: main/pdf/check-worker.ts answers only to a worker started with it. */
export const PDF_CHECK_ROLE = 'hearth-pdf-check';
