import { stripActiveContent, type ActiveContent } from './active-content';
import { isLimitError, LimitError } from './limits';
import { pageRefsOf } from './page-tree';
import { PDFDocument, type PDFRef } from './lib';

/**
 * An evidence PDF opened the one way Hearth opens them (the PDF check at intake, the bundle's triage and
 * its build): parsed leniently, its pages found within the limits, and, when it is to be copied, its
 * active content stripped (active-content.ts). What can go wrong comes back as a reason in words.
 */
export const LOAD_OPTIONS = { ignoreEncryption: true, updateMetadata: false, parseSpeed: Infinity, throwOnInvalidObject: false } as const;

/** The reason for a file pdf-lib cannot make sense of (its own messages are for programmers). */
export const DAMAGED = 'the PDF could not be read';

export type Opened = { ok: true; doc: PDFDocument; pages: PDFRef[] } | { ok: false; encrypted: boolean; reason: string };

export async function openEvidencePdf(bytes: Uint8Array): Promise<Opened> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, LOAD_OPTIONS);
  } catch (error) {
    // pdf-lib's own messages are for programmers ("Cannot read properties of undefined"): say it plainly.
    return { ok: false, encrypted: false, reason: isLimitError(error) ? error.reason : DAMAGED };
  }
  if (doc.isEncrypted) return { ok: false, encrypted: true, reason: 'the PDF is password-protected' };
  try {
    return { ok: true, doc, pages: pageRefsOf(doc) };
  } catch (error) {
    return { ok: false, encrypted: false, reason: isLimitError(error) ? error.reason : DAMAGED };
  }
}

/**
 * Gets an opened file ready to be copied: strips its active content and checks everything its pages use
 * against the limits. Returns what was removed, or the reason the file cannot be used.
 */
export function prepareForCopy(doc: PDFDocument, pages: readonly PDFRef[]): { ok: true; removed: ActiveContent } | { ok: false; reason: string } {
  try {
    return { ok: true, removed: stripActiveContent(doc, pages) };
  } catch (error) {
    if (isLimitError(error)) return { ok: false, reason: error.reason };
    if (error instanceof RangeError) return { ok: false, reason: new LimitError('deep', 'its structure is nested too deeply to be read safely').reason };
    throw error;
  }
}
