import { createHash } from 'node:crypto';
import { KIND_WORDS } from '../../../shared/documents/disclosure';
import type { BoxItem } from '../../../shared/schemas/redaction-review';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { noteBookkeepingRows } from '../../db/change-stamp';
import { exhibitWordsOf, exhibitWordsStamp, keepProposals, keptProposals } from '../../evidence/words/store';
import type { PageWords } from '../../pdf/redact/read-words';
import { padded } from '../../pdf/redact/words';
import { keptFindings } from '../../review/passages';
import type { ToRead } from '../exhibits/read-job';
import type { Redaction } from '../redaction';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const boxKeyOf = (fileSha: string, page: number, f: { partyId: number; kind: string; value: string }, occurrence: number) =>
  sha256(`exhibit-box\u0000${fileSha}\u0000${page}\u0000${f.partyId}\u0000${f.kind}\u0000${f.value}\u0000${occurrence}`);

export type Proposal = Omit<BoxItem, 'decision' | 'role'> & { partyId: number };

/** The proposals on one page: the page's words in reading order, the guard's findings, the words under each. */
export function proposalsOnPage(redaction: Pick<Redaction, 'findings'>, exhibit: ToRead, p: PageWords): Proposal[] {
  if (!p.words.length || p.source === 'none') return [];
  let text = '';
  const starts: number[] = [];
  for (const w of p.words) {
    starts.push(text.length);
    text += `${w.text} `;
  }
  const seen = new Map<string, number>();
  return keptFindings(redaction.findings(text)).flatMap((f) => {
    const under = p.words.filter((w, i) => starts[i]! < f.index + f.length && f.index < starts[i]! + w.text.length);
    if (!under.length) return [];
    const id = `${f.partyId}\u0000${f.kind}\u0000${f.value}`;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return [
      {
        key: boxKeyOf(exhibit.sha256, p.page, f, n),
        evidenceId: exhibit.id,
        exhibit: exhibit.label,
        page: p.page,
        pageWidth: p.width,
        pageHeight: p.height,
        boxes: under.map((w) => padded(w, p.page)),
        words: f.words,
        person: f.person,
        partyId: f.partyId,
        detail: KIND_WORDS[f.kind],
        reason: f.reason,
        source: p.source === 'ocr' ? ('ocr' as const) : ('pdf' as const),
      },
    ];
  });
}

/**
 * The boxes proposed on one exhibit, kept while nothing they depend on changes (issue 16): the file (its
 * SHA-256), its reading (when it was read) and what the guard looks for (the redaction's fingerprint: the
 * parties, consents, day and respondent). The decisions are not part of it: they are applied to the
 * proposals afresh on every call. Without this, every decision on a 300-exhibit review, and the build's
 * check, parsed every page's words and ran the guard over them again — seconds of CPU each time.
 *
 * Kept in this process's memory and in exhibit_proposals (migration 0040), so a process of its own
 * (`hearth bundle`, issue 15) finds them too: its build's check read every exhibit's words again, about a
 * second of main's time before the worker could start. A new reading of the exhibit removes the kept row.
 */
export type ExhibitProposals = { ok: true; proposals: Proposal[] } | { ok: false; problem: string };

/**
 * Which rules found the proposals kept on disk: raise it whenever the guard (shared/disclosure/) or how
 * proposals are made from its findings changes, so proposals an older Hearth worked out are worked out again.
 */
const PROPOSALS_VERSION = 1;

const byDb = new WeakMap<ReadableDB, Map<number, { stamp: string; found: ExhibitProposals }>>();

/** null while the exhibit (as its file is now) has not been read. */
export function proposalsOfExhibit(db: ReadableDB, redaction: Pick<Redaction, 'findings' | 'fingerprint'>, e: ToRead): ExhibitProposals | null {
  let kept = byDb.get(db);
  if (!kept) byDb.set(db, (kept = new Map()));
  const foundUnder = JSON.stringify([PROPOSALS_VERSION, e.sha256, e.label, redaction.fingerprint]);
  // Kept on disk for this file, label and fingerprint: that reading is the exhibit's latest (a new one removes the row).
  const onDisk = keptProposals(db, e.id);
  if (onDisk?.foundUnder === foundUnder) {
    const stamp = JSON.stringify([foundUnder, onDisk.readAt]);
    const hit = kept.get(e.id);
    if (hit?.stamp === stamp) return hit.found;
    const found: ExhibitProposals = { ok: true, proposals: JSON.parse(onDisk.proposals) as Proposal[] };
    kept.set(e.id, { stamp, found });
    return found;
  }
  const read = exhibitWordsStamp(db, e.id);
  if (!read || read.sha256 !== e.sha256) return null;
  const stamp = JSON.stringify([foundUnder, read.readAt]);
  const hit = kept.get(e.id);
  if (hit?.stamp === stamp) return hit.found;
  const words = exhibitWordsOf(db, e.id, e.sha256);
  if (!words) return null;
  const found: ExhibitProposals = words.ok ? { ok: true, proposals: words.pages.flatMap((page) => proposalsOnPage(redaction, e, page)) } : words;
  kept.set(e.id, { stamp, found });
  if (found.ok) keepOnDisk(db, { evidenceId: e.id, foundUnder, readAt: read.readAt, proposals: JSON.stringify(found.proposals) });
  return found;
}

/**
 * A cache row, written from what is otherwise a read (the review, the build's check): not a change to the
 * case, so it is not audited, and it does not count as a change for the figures' caches (change-stamp.ts).
 * A read-only connection keeps them in memory only.
 */
function keepOnDisk(db: ReadableDB, w: Parameters<typeof keepProposals>[1]): void {
  if (db.readonly) return;
  noteBookkeepingRows(db, keepProposals(db as WritableDB, w));
}
