import { hearth } from '../../../api/hearth';
import type { Result } from '../../../../../shared/result';
import { blobUrlOf, type FileToSave, saveFile } from '../../../ui/saveFile';

/**
 * Print: the stored PDF opened in a new tab, where the browser's own viewer prints it (browser mode). Where
 * no tab can open (a blocked pop-up; the desktop window, which opens no windows) the PDF is saved instead
 * and the message says to print it from there. `file` is a stored letter, or a print layout (labels,
 * window envelopes). Returns what to tell the person, or null.
 */
export async function printPdf(file: () => Promise<Result<FileToSave>>): Promise<string | null> {
  const r = await file();
  if (!r.ok) return r.error.message;
  const url = blobUrlOf(r.value);
  const tab = window.open(url, '_blank');
  window.setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  if (tab) return null;
  saveFile(r.value);
  return `A new tab could not be opened, so “${r.value.fileName}” was saved instead: open it and print it from there.`;
}

/**
 * A made letter: in the desktop app, main shows the system print dialog over the window (document:print);
 * where it cannot (browser mode), the PDF opens in the browser's viewer as above.
 */
export async function printDocument(id: number): Promise<string | null> {
  const dialog = await hearth.document.print({ id });
  if (!dialog.ok) return dialog.error.message;
  if (dialog.value.dialog) return null;
  return printPdf(() => hearth.document.export({ id, format: 'pdf' }));
}

/**
 * A batch's address labels, or its letters set for DL window envelopes, made from the stored letter. A
 * batch's window-envelope letters are laid out in the background under `jobId` (WindowProgress follows it).
 */
export const printForPost = (id: number, layout: 'labels' | 'window', jobId?: string) => printPdf(() => hearth.document.postPdf({ id, layout, ...(jobId ? { jobId } : {}) }));
