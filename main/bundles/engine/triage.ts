import { createHash } from 'node:crypto';
import { findIdentifier } from '../../../shared/disclosure/match';
import type { IdentifierKind, WithheldIdentifiers } from '../../../shared/disclosure/identifiers';
import type { TriageItem } from '../../../shared/schemas/bundles';
import { jpegInfo } from '../../evidence/image-size';
import { look } from '../../pdf/destinations';
import { DAMAGED, openEvidencePdf, prepareForCopy } from '../../pdf/evidence-pdf';
import { PDFDict, PDFName, PDFPageLeaf, type PDFContext, type PDFRef } from '../../pdf/lib';
import { hasFonts, unembeddedFonts } from '../../pdf/font-embedding';
import { unusableReason } from '../../pdf/limits';
import { loadPdfjs, openPdf } from '../../pdf/pdfjs';
import { placeImage, quarterTurns } from './images';
import type { TriageRequestItem } from './protocol';

/**
 * Evidence triage before a build (issue 7 §4): each file is read as the build will read it and reported
 * with its reason: changed since intake (SHA-256), password-protected, unreadable, pages with no text
 * layer (scans, B8), blank pages, images that will be taken down to 300 dpi (B11), and, when people are
 * withheld from the court (P3.14), where a file's text names them; files that break the limits on what a
 * PDF may ask of a reader (main/pdf/limits.ts) are "unusable", with the reason; what the bundle's copy
 * will lose (attachments, links out, scripts) is listed. Never a silent blank page.
 */
const N = (s: string) => PDFName.of(s);


/** A page's resources, its own or inherited (the page tree was checked for loops when the file was opened). */
function resourcesOf(ctx: PDFContext, pageRef: PDFRef): PDFDict | undefined {
  const page = ctx.lookup(pageRef);
  if (!(page instanceof PDFPageLeaf)) return undefined;
  return look(ctx, page.getInheritableAttribute(N('Resources')), PDFDict);
}

const KIND_WORDS: Partial<Record<IdentifierKind, string>> = {
  'other-name': 'name as otherwise spelt',
  surname: 'surname',
  'first-name': 'first name',
  initials: 'initials',
  relative: 'relative’s name',
  address: 'address',
  unit: 'flat or house number',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'e-mail address',
  vehicle: 'vehicle registration',
  detail: 'identifying detail',
};

/** Where a page's text gives a withheld person's identifier (the guard's matching: any spelling, case or line break). */
export function identifiersIn(text: string, people: readonly WithheldIdentifiers[]): { words: string; whose: string }[] {
  const found: { words: string; whose: string }[] = [];
  for (const p of people) {
    for (const id of p.ids) {
      for (const h of findIdentifier(text, id)) {
        const words = text.slice(h.index, h.index + h.length).replace(/\s+/g, ' ');
        if (!found.some((f) => f.words === words)) found.push({ words, whose: `${p.label}’s ${KIND_WORDS[id.kind] ?? 'name'}` });
      }
    }
  }
  return found;
}

async function namesInPdf(bytes: Uint8Array, people: readonly WithheldIdentifiers[]): Promise<{ page: number; words: string; whose: string }[] | string> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await openPdf(pdfjs, new Uint8Array(bytes));
  } catch {
    return 'could not be read to look for names';
  }
  const found: { page: number; words: string; whose: string }[] = [];
  try {
    for (let p = 1; p <= doc.numPages && found.length < 20; p += 1) {
      const page = await doc.getPage(p);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(' ');
      page.cleanup();
      for (const hit of identifiersIn(text, people)) found.push({ page: p, ...hit });
    }
  } finally {
    await doc.destroy();
  }
  return found;
}

/**
 * Fonts a third party's file did not embed cannot be embedded by Hearth (issue 19): the bundle copies the
 * file as received, tagged, and says so here, so whoever builds it can ask for a better copy.
 */
export const fontsNotEmbedded = (name: string, fonts: readonly string[]) =>
  `${name}: its font${fonts.length === 1 ? '' : 's'} ${fonts.slice(0, 5).join(', ')}${fonts.length > 5 ? ` and ${fonts.length - 5} more` : ''} ${fonts.length === 1 ? 'is' : 'are'} not embedded in the file, so a reader's software shows the text in a font of its own and the bundle is not fully accessible (PDF/UA). The bundle uses the file as received; if it matters, ask the sender for a copy saved with its fonts embedded (for example “Save as PDF/A”) and add that instead.`;

const unusable = (name: string, reason: string) => `${name}: unusable: ${reason}. It cannot go in the bundle: ask for a fresh copy of the file.`;

/** A file the check itself could not get through (never a failure of the whole check): unusable, in words. */
export function triageFailed(item: TriageRequestItem, error: unknown): TriageItem {
  const name = `${item.exhibitLabel} (“${item.fileName}”)`;
  return { key: item.key, exhibitLabel: item.exhibitLabel, fileName: item.fileName, sha256AtIntake: item.sha256AtIntake, status: 'error', problems: [unusable(name, unusableReason(error))], pages: null, imageOnlyPages: [], sha256: '' };
}

export async function triageFile(item: TriageRequestItem, bytes: Uint8Array | null, people: readonly WithheldIdentifiers[]): Promise<TriageItem> {
  const problems: string[] = [];
  const base = { key: item.key, exhibitLabel: item.exhibitLabel, fileName: item.fileName, sha256AtIntake: item.sha256AtIntake };
  const name = `${item.exhibitLabel} (“${item.fileName}”)`;
  if (!bytes) return { ...base, status: 'error', problems: [`${name}: the file could not be read from the workspace.`], pages: null, imageOnlyPages: [], sha256: '' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let error = false;
  if (sha256 !== item.sha256AtIntake) {
    error = true;
    problems.push(`${name}: its SHA-256 (${sha256.slice(0, 12)}…) no longer matches the one recorded at intake (${item.sha256AtIntake.slice(0, 12)}…). The stored file has changed: do not use it until this is explained.`);
  }
  let pages: number | null = null;
  const imageOnlyPages: number[] = [];
  const looking = people.some((p) => p.ids.length > 0);
  if (item.fileType === 'pdf') {
    const opened = await openEvidencePdf(bytes);
    if (!opened.ok) {
      error = true;
      if (opened.encrypted) problems.push(`${name}: the PDF is password-protected, so its pages cannot be copied into the bundle. Ask for an unprotected copy.`);
      else if (opened.reason === DAMAGED) problems.push(`${name}: the PDF is damaged and could not be read, so it cannot go in the bundle. Ask for a fresh copy.`);
      else problems.push(unusable(name, opened.reason));
    } else {
      const { doc, pages: refs } = opened;
      const ctx = doc.context;
      const prepared = prepareForCopy(doc, refs);
      // A file outside the limits is reported for that alone: nothing else about it matters until it is replaced.
      if (!prepared.ok) return { ...base, status: 'error', problems: [...problems, unusable(name, prepared.reason)], pages: refs.length, imageOnlyPages: [], sha256 };
      pages = refs.length;
      if (!pages) {
        error = true;
        problems.push(`${name}: the PDF has no pages.`);
      }
      const unembedded = new Set<string>();
      refs.forEach((ref, i) => {
        const page = ctx.lookup(ref) as PDFDict;
        if (!page.get(N('Contents'))) problems.push(`${name}: page ${i + 1} is blank in the file itself.`);
        if (!hasFonts(ctx, resourcesOf(ctx, ref))) imageOnlyPages.push(i + 1);
        unembeddedFonts(ctx, resourcesOf(ctx, ref), unembedded);
      });
      if (unembedded.size) problems.push(fontsNotEmbedded(name, [...unembedded]));
      if (!prepared.removed.empty) {
        const words = prepared.removed.words();
        problems.push(`${name}: it carries ${words}; the copy in the bundle leaves ${/ and |\d/.test(words) ? 'them' : 'it'} out (the original is kept as it is).`);
      }
      if (imageOnlyPages.length) {
        problems.push(
          `${name}: ${imageOnlyPages.length === pages ? 'every page is' : `${imageOnlyPages.length} of ${pages} pages are`} an image with no text layer (a scan). Run OCR on it if you can; otherwise those pages are listed as OCR-exempt in the bundle.`,
        );
      }
      // pdf.js reads the text only of a file that kept within the limits (checked above).
      if (looking && imageOnlyPages.length < (pages ?? 0)) {
        const hits = await namesInPdf(bytes, people);
        if (typeof hits === 'string') problems.push(`${name}: its text ${hits}.`);
        else if (hits.length) {
          const where = hits.map((h) => `“${h.words}” on page ${h.page}, ${h.whose}`).join('; ');
          problems.push(`${name}: it names or identifies someone withheld from the court (${where}). The bundle copies evidence as it is: redact the file, or record their written consent, before the bundle goes to court.`);
        }
      }
      if (looking && imageOnlyPages.length) problems.push(`${name}: scanned pages cannot be searched for the names of people withheld from the court; check them by eye.`);
    }
  } else {
    pages = 1;
    if (item.fileType === 'jpeg') {
      const info = jpegInfo(bytes);
      if (!info) {
        error = true;
        problems.push(`${name}: the image is damaged: its size could not be read.`);
      } else {
        const p = placeImage(info.width, info.height, quarterTurns(info.orientation));
        if (p.dpi > 300.5) problems.push(`${name}: the photo is ${Math.round(p.dpi)} dpi at page size; the bundle will carry it at 300 dpi (B11).`);
      }
    }
    if (looking) problems.push(`${name}: a picture cannot be searched for the names of people withheld from the court; check it by eye.`);
  }
  return { ...base, status: error ? 'error' : problems.length ? 'warning' : 'ok', problems, pages, imageOnlyPages, sha256 };
}
