import type { EvidenceView } from '../../shared/schemas/cases';

/**
 * The correspondence in a bundle is what was actually sent or signed (issue 15): the stored PDF of each
 * letter as Hearth made it (never made again at build time), once, and an uploaded signed or served copy
 * in its place where there is one. The ABC went in three times (standard, large print, easy read), each
 * unsigned, while the signed contract sat in the evidence.
 */

/** What is needed of a stored document to tell its copies apart. */
export interface SentLetter {
  id: number;
  templateId: string;
  title: string;
  recipient: string;
  recipientPartyId: number | null;
  /** The day it was sent (YYYY-MM-DD). */
  date: string;
  createdAt: string;
  largePrint: boolean;
  easyRead: boolean;
}

const formatOf = (d: SentLetter) => (d.easyRead ? 'easy read' : d.largePrint ? 'large print' : 'standard print');

/**
 * For each document that is another copy of a letter (another format of it, or the same letter made
 * again for the same person on the same day), the copy the bundle takes instead and why. The copy kept
 * is the standard print one, and of several of those the one made last (documents never change, so a
 * correction is a document made again).
 */
export function otherCopies(documents: readonly SentLetter[]): Map<number, { keep: number; problem: string }> {
  const groups = new Map<string, SentLetter[]>();
  for (const d of documents) {
    const key = [d.templateId, d.recipientPartyId ?? d.recipient, d.date].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out = new Map<number, { keep: number; problem: string }>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (d: SentLetter) => (formatOf(d) === 'standard print' ? 1 : 0);
    const keep = [...group].sort((a, b) => rank(b) - rank(a) || b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0]!;
    for (const d of group) {
      if (d.id === keep.id) continue;
      const problem =
        formatOf(d) === formatOf(keep)
          ? 'was made again later the same day: the bundle takes each letter once, the copy made last'
          : `is the ${formatOf(d)} copy of a letter sent the same day: the bundle takes each letter once, in ${formatOf(keep)}`;
      out.set(d.id, { keep: keep.id, problem });
    }
  }
  return out;
}

const SIGNED = /\b(signed|countersigned|served|service)\b/i;
const SERVICE = /\bcertificate of service\b|\bN215\b/i;

/** "Acceptable Behaviour Contract — C33-2026-0001" → "acceptable behaviour contract": the letter's name without its reference or format. */
const baseTitle = (title: string) => title.split(/\s+[—–(]/)[0]!.trim();

/** "Acceptable Behaviour Contract" → "abc": how an uploaded copy is usually described. */
function acronym(title: string): string | null {
  const words = baseTitle(title).split(/[^A-Za-z]+/).filter((w) => /^[A-Z]/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : null;
}

function words(e: EvidenceView): string {
  return `${e.description} ${e.fileName.replace(/[-_.]+/g, ' ')}`.toLowerCase();
}

/** A certificate of service (N215-style) the user uploaded: it goes with the correspondence. */
export function isServiceRecord(e: EvidenceView): boolean {
  return SERVICE.test(`${e.description} ${e.fileName.replace(/[-_]+/g, ' ')}`);
}

/**
 * The letter an uploaded file is the signed or served copy of ("Signed ABC", "ABC signed by Darren
 * Whitcombe.pdf", "Final warning served by hand"), or null. Where several letters fit, the one whose
 * recipient it names, then the latest sent on or before the day the file was obtained.
 */
export function signedCopyOf<D extends SentLetter>(e: EvidenceView, letters: readonly D[]): D | null {
  const text = words(e);
  if (!SIGNED.test(text) || isServiceRecord(e)) return null;
  const fits = letters.filter((d) => {
    const title = baseTitle(d.title).toLowerCase();
    const short = acronym(d.title);
    return text.includes(title) || (short !== null && new RegExp(`\\b${short}\\b`).test(text));
  });
  if (!fits.length) return null;
  const named = fits.filter((d) => d.recipient && text.includes(d.recipient.toLowerCase()));
  const pool = named.length ? named : fits;
  const before = pool.filter((d) => d.date <= e.obtainedOn);
  return [...(before.length ? before : pool)].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)[0]!;
}
