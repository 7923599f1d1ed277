import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { getRedaction, readRedactedCopy } from '../../../main/evidence/redactions/store';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase, copiesMade, readExhibits, type BundleCase } from './setup';

/**
 * "Accept all on this page" as one request (redaction:decideBoxes, issue 16): every box chosen is
 * recorded as its own decision, each exhibit's redaction changes once (one copy asked for, not one per
 * box: a page of a typed log can propose forty), and the copies are real: the witness's name and house
 * number are gone from their text (pdftotext).
 */
const temp = useTempDirs();

/** A two-page typed note naming the withheld witness (George Pike of 6 Elm Road) on both pages. */
async function note(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of ['George Pike saw the man kick the door on Tuesday night.', 'The man at number 6 came out and called the police.']) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(title, { x: 60, y: 760, size: 14, font });
    page.drawText(line, { x: 60, y: 700, size: 12, font });
  }
  return doc.save();
}

async function addFile(app: BundleCase, fileName: string, bytes: Uint8Array) {
  return app.must('evidence:add', { caseId: app.caseId, fileName, source: 'Elm Estate office', obtainedOn: '2026-11-20', description: fileName, bytes });
}

describe('deciding many exhibit boxes at once', () => {
  it('accepts every box of two exhibits in one request, asking for one copy per exhibit', async () => {
    const app = await bundleCase(temp());
    const first = await addFile(app, 'first-note.pdf', await note('First police note'));
    const second = await addFile(app, 'second-note.pdf', await note('Second police note'));
    const plan = (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan;
    const target = { kind: 'bundle' as const, plan, lateAdditionsTo: null, lateMode: 'append' as const };
    const review = await readExhibits(app, app.caseId, target);
    const mine = review.boxes.filter((b) => b.evidenceId === first.id || b.evidenceId === second.id);
    expect(new Set(mine.map((b) => b.evidenceId)).size).toBe(2);
    expect(mine.length).toBeGreaterThanOrEqual(4);

    // A key the review does not list refuses the whole request, and nothing is decided.
    const wrong = await app.call('redaction:decideBoxes', { caseId: app.caseId, target, keys: [mine[0]!.key, 'f'.repeat(64)], decision: 'accept' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/no longer proposed/) } });
    expect((await app.must('redaction:review', { caseId: app.caseId, target })).boxes.filter((b) => b.decision)).toEqual([]);

    const after = await app.must('redaction:decideBoxes', { caseId: app.caseId, target, keys: mine.map((b) => b.key), decision: 'accept' });
    for (const b of mine) expect(after.boxes.find((x) => x.key === b.key)!.decision).toMatchObject({ kind: 'accept' });
    const db = app.core.sessions.current()!.ws.db;
    // One request for each exhibit's copy, with all its boxes (one per box would be generation 2 or more).
    for (const e of [first, second]) {
      const asked = getRedaction(db, e.id)!;
      expect(asked.generation).toBe(1);
      expect(asked.boxes).toHaveLength(mine.filter((b) => b.evidenceId === e.id).flatMap((b) => b.boxes).length);
    }
    await copiesMade(app, app.caseId);
    for (const e of [first, second]) {
      expect(getRedaction(db, e.id)).toMatchObject({ state: 'ready' });
      const file = join(temp(), `${e.id}.pdf`);
      writeFileSync(file, readRedactedCopy(db, e.id));
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toMatch(/kick the door/);
      expect(text).not.toMatch(/George|Pike|number 6/);
    }

    // Rejecting them together takes every box out: the redaction is cleared and the exhibits are used as they are.
    const rejected = await app.must('redaction:decideBoxes', { caseId: app.caseId, target, keys: mine.map((b) => b.key), decision: 'reject' });
    for (const b of mine) expect(rejected.boxes.find((x) => x.key === b.key)!.decision).toMatchObject({ kind: 'reject' });
    for (const e of [first, second]) expect(getRedaction(db, e.id)).toBeNull();
  }, 120_000);
});
