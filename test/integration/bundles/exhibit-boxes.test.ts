import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scanImage } from '../../fixtures/redact/make';
import { useTempDirs } from '../../helpers/temp';
import { acceptRedactions, bundleCase, copiesMade, LEGAL, readExhibits, type BundleCase } from './setup';

/**
 * Automatic exhibit boxes (issue 16): the redaction review reads every exhibit in the plan (its text, or
 * OCR of a scan or picture), proposes a box over each detail that identifies the withheld witness (George
 * Pike of 6 Elm Road, on the Defendant's street), and the build waits until each is accepted or rejected.
 * Accepted boxes are burnt into the exhibit's redacted copy: the built bundle's page has no text naming
 * him (pdftotext) and the pixels under the box are black.
 */
const temp = useTempDirs();
const A4: [number, number] = [595.28, 841.89];
const NAME_Y = 700;
const SIZE = 12;

/** A typed police note: the witness named at the start of a line, his house number later on. */
async function policeNote(): Promise<{ bytes: Uint8Array; nameWidth: number }> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  page.drawText('Police note of the incident on Elm Road', { x: 60, y: 760, size: 14, font });
  page.drawText('George Pike saw the man kick the door on Tuesday night.', { x: 60, y: NAME_Y, size: SIZE, font });
  page.drawText('The man at number 6 came out and called the police.', { x: 60, y: 670, size: SIZE, font });
  page.drawText('Officers attended at 22:40.', { x: 60, y: 640, size: SIZE, font });
  return { bytes: await doc.save(), nameWidth: font.widthOfTextAtSize('George Pike', SIZE) };
}

async function addFile(app: BundleCase, fileName: string, bytes: Uint8Array) {
  return app.must('evidence:add', { caseId: app.caseId, fileName, source: 'Elm Estate office', obtainedOn: '2026-11-20', description: fileName, bytes });
}

const pdfText = (file: string, page?: number) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-']).toString();

/** A case with the police note that names the witness, the default bundle's review target, and the boxes proposed on the note. */
async function policeNoteUnderReview() {
  const app = await bundleCase(temp());
  const note = await addFile(app, 'police-note.pdf', (await policeNote()).bytes);
  const plan = (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan;
  const target = { kind: 'bundle' as const, plan, lateAdditionsTo: null, lateMode: 'append' as const };
  const onNote = async () => (await app.must('redaction:review', { caseId: app.caseId, target })).boxes.filter((b) => b.evidenceId === note.id);
  return { app, note, target, onNote };
}

describe('automatic exhibit boxes in the redaction review', () => {
  it('proposes boxes over the witness’s name and house number on a text PDF, where the words are, and burns in those accepted', async () => {
    const app = await bundleCase(temp());
    const { bytes, nameWidth } = await policeNote();
    const note = await addFile(app, 'police-note.pdf', bytes);
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const plan = sources.defaultPlan;
    const target = { kind: 'bundle' as const, plan, lateAdditionsTo: null, lateMode: 'append' as const };

    // Before the exhibit is read the review says so and starts reading it; the build is refused meanwhile.
    const first = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(first.unread).toEqual([{ evidenceId: note.id, exhibit: note.exhibitLabel }]);
    expect(first.reading).toMatch(/^[0-9a-f]+$/);
    const review = await readExhibits(app, app.caseId, target);
    expect(review.unread).toEqual([]);

    const onNote = review.boxes.filter((b) => b.evidenceId === note.id);
    const name = onNote.find((b) => /George Pike/.test(b.words))!;
    const number = onNote.find((b) => /number 6/i.test(b.words))!;
    expect(name).toMatchObject({ page: 1, person: 'Witness A', role: 'witness', source: 'pdf', decision: null, detail: expect.any(String), reason: expect.any(String) });
    expect(number).toMatchObject({ page: 1, person: 'Witness A', source: 'pdf', decision: null });
    expect(review.boxesToReview).toBe(onNote.length);

    // The boxes cover the words where pdf-lib drew them: x from 60, the baseline NAME_Y points up the page.
    const left = Math.min(...name.boxes.map((b) => b.x));
    const right = Math.max(...name.boxes.map((b) => b.x + b.width));
    const top = Math.min(...name.boxes.map((b) => b.y));
    const bottom = Math.max(...name.boxes.map((b) => b.y + b.height));
    const baseline = A4[1] - NAME_Y;
    expect(left).toBeGreaterThan(60 - 5);
    expect(left).toBeLessThanOrEqual(60);
    expect(right).toBeGreaterThanOrEqual(60 + nameWidth);
    expect(right).toBeLessThan(60 + nameWidth + 8);
    expect(top).toBeLessThanOrEqual(baseline - 0.7 * SIZE);
    expect(bottom).toBeGreaterThanOrEqual(baseline);
    expect(bottom - top).toBeLessThan(3 * SIZE);

    // The text's passages decided, the build still waits for the boxes.
    for (const item of review.items.filter((i) => !i.decision)) await app.must('redaction:decide', { caseId: app.caseId, target, key: item.key, decision: 'accept' });
    const refused = await app.call('bundle:build', { caseId: app.caseId, plan });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/box(es)? proposed on exhibits .*not been accepted or rejected/) } });

    // Reject one (remembered: not asked about again), accept the rest: the copy is made with those boxes.
    const others = onNote.filter((b) => b.key !== number.key);
    let after = await app.must('redaction:decide', { caseId: app.caseId, target, key: number.key, decision: 'reject' });
    expect(after.boxes.find((b) => b.key === number.key)!.decision).toMatchObject({ kind: 'reject' });
    for (const b of others) after = await app.must('redaction:decide', { caseId: app.caseId, target, key: b.key, decision: 'accept' });
    expect(after.boxesToReview).toBe(0);
    const edit = await app.call('redaction:decide', { caseId: app.caseId, target, key: name.key, decision: 'edit', text: 'a neighbour' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await copiesMade(app, app.caseId);
    const page = await app.must('evidence:pageImage', { id: note.id, page: 1 });
    expect(page.boxes).toEqual(expect.arrayContaining(name.boxes));
    expect(page.boxes).toHaveLength(others.flatMap((b) => b.boxes).length);

    // Rejecting an accepted box takes its boxes out again; accepting it puts them back.
    await app.must('redaction:decide', { caseId: app.caseId, target, key: name.key, decision: 'reject' });
    await copiesMade(app, app.caseId);
    expect((await app.must('evidence:pageImage', { id: note.id, page: 1 })).boxes).not.toEqual(expect.arrayContaining(name.boxes));
    await app.must('redaction:decide', { caseId: app.caseId, target, key: name.key, decision: 'accept' });

    await acceptRedactions(app, app.caseId, plan);
    const job = await app.must('bundle:build', { caseId: app.caseId, plan });
    let status = await app.must('job:status', { jobId: job.jobId });
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = await app.must('job:status', { jobId: job.jobId });
    }
    expect(status).toMatchObject({ state: 'done' });
    const built = await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' });
    const dir = temp();
    const file = join(dir, 'bundle.pdf');
    writeFileSync(file, built.bytes);
    const all = pdfText(file);
    expect(all).toMatch(/saw the man kick the door/); // the redacted page's new text layer
    expect(all).not.toMatch(/George|Pike/);
    // The rejected box: its words stay (the legal user judged "number 6" fine to leave).
    expect(all).toMatch(/number 6/);

    // The exhibit's page in the bundle: black where the name was.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    const at = Array.from({ length: pages }, (_, i) => i + 1).find((p) => /saw the man kick the door/.test(pdfText(file, p)))!;
    const dpi = 72;
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(at), '-l', String(at), file, join(dir, 'page')]);
    const pgm = readFileSync(join(dir, `page-${String(at).padStart(String(pages).length, '0')}.pgm`));
    const { width, pixels } = parsePgm(pgm);
    const box = name.boxes[0]!; // "George"
    const cx = Math.round(box.x + box.width / 2);
    const cy = Math.round(box.y + box.height / 2);
    for (const [dx, dy] of [[0, 0], [-3, 0], [3, 0], [0, -2], [0, 2]] as const) expect(pixels[(cy + dy) * width + (cx + dx)]).toBeLessThan(40);
    // Beside the boxes (the rest of the line) the page is white paper with dark letters, not a black bar.
    const row = Array.from({ length: 60 }, (_, i) => pixels[cy * width + Math.round(right) + 40 + i]!);
    expect(Math.max(...row)).toBeGreaterThan(200);
  }, 120_000);

  it('proposes afresh when what identifies the witness changes, though the exhibit’s findings are kept between decisions', async () => {
    const { app, target, onNote } = await policeNoteUnderReview();
    await readExhibits(app, app.caseId, target);
    const first = await onNote();
    expect(first.some((b) => /number 6/i.test(b.words))).toBe(true);
    expect(first.some((b) => /Tuesday night/.test(b.words))).toBe(false);

    // He moves away from the Defendant's street: "number 6" no longer points to him. His name still does,
    // and a detail the officer marks as identifying him is now looked for on the page too.
    const w = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'witness')!;
    await app.must('party:update', { id: w.id, party: { key: 'w', role: 'witness', name: w.name, address: '8 Oak Road, London', postcode: 'N7 9ZZ', identifyingDetails: ['Tuesday night'] } });
    const moved = await onNote();
    expect(moved.some((b) => /number 6/i.test(b.words))).toBe(false);
    expect(moved.some((b) => /George Pike/.test(b.words))).toBe(true);
    expect(moved.some((b) => /Tuesday night/.test(b.words))).toBe(true);

    // With his written consent for the court nothing of his is withheld, so nothing is proposed.
    await app.must('consent:add', { caseId: app.caseId, partyId: w.id, consent: { recipient: 'court', writtenOn: '2026-11-21' } });
    expect(await onNote()).toEqual([]);
  }, 120_000);

  it('keeps an exhibit’s proposals with its words, so a new connection (hearth bundle) does not work them out again', async () => {
    const { app, note, target, onNote: boxesOnNote } = await policeNoteUnderReview();
    const onNote = async () => (await boxesOnNote()).map((b) => b.words);
    await readExhibits(app, app.caseId, target);
    const first = await onNote();
    expect(first).toEqual(expect.arrayContaining([expect.stringMatching(/George Pike/), expect.stringMatching(/number 6/i)]));

    // The words themselves emptied behind the app's back, then a new connection to the workspace, as a new
    // process makes: the proposals are the kept ones, not worked out again from the (now empty) words.
    const words = () => app.core.sessions.current()!.ws.db;
    words().prepare("UPDATE exhibit_words SET pages = '[]' WHERE evidence_id = ?").run(note.id);
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    expect(await onNote()).toEqual(first);

    // What they were found under changes (the witness moves): worked out afresh, here from no words at all.
    const w = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'witness')!;
    await app.must('party:update', { id: w.id, party: { key: 'w', role: 'witness', name: w.name, address: '8 Oak Road, London', postcode: 'N7 9ZZ' } });
    expect(await onNote()).toEqual([]);
  }, 120_000);

  it('reads a scanned picture by OCR and proposes a box over the name it finds', async () => {
    const app = await bundleCase(temp());
    const scan = await addFile(app, 'scan.jpg', scanImage(['Statement taken at the housing office', 'George Pike said he saw the door kicked in.', 'He lives on Elm Road.']));
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const target = { kind: 'bundle' as const, plan: sources.defaultPlan, lateAdditionsTo: null, lateMode: 'append' as const };
    const review = await readExhibits(app, app.caseId, target);
    const found = review.boxes.filter((b) => b.evidenceId === scan.id);
    const name = found.find((b) => /George Pike/.test(b.words));
    expect(name).toMatchObject({ source: 'ocr', page: 1, person: 'Witness A', decision: null });
    // The scan is 1654 px wide drawn on an A4 page: the text starts 160 px in, about 57.6 points.
    expect(Math.min(...name!.boxes.map((b) => b.x))).toBeGreaterThan(45);
    expect(Math.min(...name!.boxes.map((b) => b.x))).toBeLessThan(62);
    // Reviewing again does not read again: no job, the same proposals.
    const again = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(again.reading).toBeNull();
    expect(again.boxes.map((b) => b.key)).toEqual(review.boxes.map((b) => b.key));
  }, 120_000);
});

function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}
