import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../main/evidence/intake';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';
import { uploadInParts } from '../../helpers/uploads';

/**
 * Evidence intake end to end, through dispatch and the real encrypted workspace: what is refused,
 * what is kept (byte for byte), how PDFs are triaged, and what the audit log records.
 */
const temp = useTempDirs();
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'evidence');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function withCase(): Promise<TestApp & { caseId: number; ref: string }> {
  const app = await makeWorkspace(temp());
  const created = await app.must('case:create', raceHateIntake());
  return { ...app, caseId: created.id, ref: created.ref };
}

const add = (caseId: number, fileName: string, bytes: Uint8Array, extra: Partial<ChannelInput<'evidence:add'>> = {}): ChannelInput<'evidence:add'> => ({
  caseId,
  fileName,
  source: 'Complainant’s phone, handed over at interview',
  obtainedOn: '2026-11-20',
  description: 'Photo of the scorched front door',
  bytes,
  ...extra,
});

function rowCount(app: TestApp): { evidence: number; chunks: number } {
  const { db } = app.core.sessions.current()!.ws;
  return {
    evidence: (db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n,
    chunks: (db.prepare('SELECT count(*) AS n FROM evidence_chunks').get() as { n: number }).n,
  };
}

async function refused(app: TestApp, input: ChannelInput<'evidence:add'>, code: string, message: RegExp): Promise<void> {
  const r = await app.call('evidence:add', input);
  expect(r).toMatchObject({ ok: false, error: { code } });
  if (!r.ok) expect(r.error.message).toMatch(message);
}

describe('evidence:add and evidence:content', () => {
  it.each(['in one request (evidence:add)', 'in parts (evidence:upload*)'])('keeps each kind of file byte for byte, with its SHA-256, and gives it back exactly, sent %s', async (how) => {
    const app = await withCase();
    const inParts = how.includes('parts');
    const samples: [string, Buffer, string, string][] = [
      ['door.jpg', files.jpeg(4032, 3024, { exifThumbnail: true }), 'jpeg', 'image/jpeg'],
      ['graffiti.png', files.png(64, 48), 'png', 'image/png'],
      ['statement.pdf', await files.pdf(3), 'pdf', 'application/pdf'],
      ['statement.docx', files.docx(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['voicemail.mp3', files.mp3(), 'audio', 'audio/mpeg'],
      ['recording.m4a', files.mp4('isom', ['soun']), 'audio', 'audio/mp4'],
      // Bigger than one 1 MiB chunk, so the pieces must be put back in order (only in parts: one request
      // carries at most 1 MiB).
      ...(inParts ? [['long-call.wav', files.wav(600_000), 'audio', 'audio/wav'] as [string, Buffer, string, string]] : []),
    ];
    for (const [name, bytes, type, mediaType] of samples) {
      const input = add(app.caseId, name, bytes);
      const added = inParts ? await uploadInParts(app, app.caseId, name, bytes, input).then((r) => (r.ok ? r.value : expect.fail(r.error.message))) : await app.must('evidence:add', input);
      expect(added).toMatchObject({ fileName: name, type, size: bytes.length, sha256: sha256(bytes), addedBy: ADMIN.displayName, addedAt: '2026-11-21T09:00:00.000Z' });
      const content = await app.must('evidence:content', { id: added.id });
      expect(content).toMatchObject({ fileName: name, type, mediaType });
      expect(content.bytes).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(content.bytes).equals(bytes)).toBe(true);
      expect(sha256(content.bytes)).toBe(added.sha256);
    }
    expect(rowCount(app).chunks).toBe(samples.length + (inParts ? 1 : 0)); // the WAV took two chunks
  });

  it('labels exhibits with the adding officer’s initials, shows them on the case and in its chronology', async () => {
    const app = await withCase();
    const first = await app.must('evidence:add', add(app.caseId, 'a.png', files.png(4, 4)));
    const second = await app.must('evidence:add', add(app.caseId, 'b.png', files.png(5, 5)));
    const chosen = await app.must('evidence:add', add(app.caseId, 'c.png', files.png(6, 6), { exhibitLabel: 'GP/1' }));
    expect([first.exhibitLabel, second.exhibitLabel, chosen.exhibitLabel]).toEqual(['AL/1', 'AL/2', 'GP/1']);

    const view = await app.must('case:get', { id: app.caseId });
    expect(view.evidence.map((e) => e.exhibitLabel)).toEqual(['AL/1', 'AL/2', 'GP/1']);
    const items = view.chronology.filter((c) => c.kind === 'evidence');
    expect(items.map((c) => c.title)).toContain('Evidence AL/1 added: a.png');
    expect(view.header.updatedAt).toBe('2026-11-21T09:00:00.000Z');

    await refused(app, add(app.caseId, 'd.png', files.png(7, 7), { exhibitLabel: 'GP/1' }), 'conflict', /Exhibit GP\/1 is already used on this case \(for "c\.png"\)/);
  });

  it('audits adding and viewing, naming the case and the exhibit but not the file name', async () => {
    const app = await withCase();
    const added = await app.must('evidence:add', add(app.caseId, 'Amira-door.png', files.png(4, 4)));
    await app.must('evidence:content', { id: added.id });
    const { db } = app.core.sessions.current()!.ws;
    const rows = db.prepare("SELECT action, target, outcome, detail FROM audit_events WHERE action LIKE 'evidence:%' ORDER BY seq").all() as { action: string; target: string; outcome: string; detail: string }[];
    expect(rows.map((r) => [r.action, r.target, r.outcome])).toEqual([
      ['evidence:add', `case:${app.ref}`, 'ok'],
      ['evidence:content', `case:${app.ref}`, 'ok'],
    ]);
    expect(JSON.parse(rows[0]!.detail)).toMatchObject({ evidenceId: added.id, exhibit: 'AL/1', sha256: added.sha256 });
    expect(rows.map((r) => r.detail).join(' ')).not.toContain('Amira');
  });

  it('notices the same file added to the case twice, and adds it again only when asked', async () => {
    const app = await withCase();
    const bytes = files.png(9, 9);
    await app.must('evidence:add', add(app.caseId, 'door.png', bytes));
    app.now.value = new Date('2026-11-23T10:00:00Z');
    await refused(app, add(app.caseId, 'door-copy.png', bytes), 'conflict', /already on the case as exhibit AL\/1 \("door\.png"\), added on 21\/11\/2026 by Ada Lovelace/);
    expect(rowCount(app).evidence).toBe(1);
    const again = await app.must('evidence:add', add(app.caseId, 'door-copy.png', bytes, { allowDuplicate: true }));
    expect(again.exhibitLabel).toBe('AL/2');
    // The same file on another case is not a duplicate.
    const other = await app.must('case:create', raceHateIntake());
    expect((await app.must('evidence:add', add(other.id, 'door.png', bytes))).exhibitLabel).toBe('AL/1');
  });

  it('refuses a file over 200 MB before hashing or storing anything', async () => {
    const app = await withCase();
    // The size is given when the upload starts: refused before a byte is sent.
    const r = await app.call('evidence:uploadStart', { caseId: app.caseId, fileName: 'huge.pdf', size: 201 * 1024 * 1024 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^This file is 201\.0 MB; the largest file Hearth can keep as evidence is 200\.0 MB\./) } });
    expect(app.core.uploads.openCount).toBe(0);
    expect(rowCount(app)).toEqual({ evidence: 0, chunks: 0 });
    // One request carries at most one 1 MiB part; the message says how to send more.
    await refused(app, add(app.caseId, 'big.wav', files.wav(600_000)), 'bad-input', /A file over 1 MB is sent in parts: evidence:uploadStart/);
  });

  it('applies a smaller size cap when one is configured, naming the size', async () => {
    const app = await withCase();
    const { ws, user } = app.core.sessions.current()!;
    const input = { ...add(app.caseId, 'call.wav', files.wav(100)), description: '', allowDuplicate: false };
    await expect(addEvidence(ws.db, app.caseId, input, user, app.now.value, { maxBytes: 100 })).rejects.toThrow(/^This file is 244 bytes; the largest file Hearth can keep as evidence is 100 bytes\./);
    expect(rowCount(app).evidence).toBe(0);
    await expect(addEvidence(ws.db, app.caseId, input, user, app.now.value, { maxBytes: 1_000_000 })).resolves.toMatchObject({ exhibitLabel: 'AL/1' });
  });

  it.each([
    ['an empty file', 'empty.pdf', () => Buffer.alloc(0), /This file is empty/],
    ['a ZIP archive', 'bundle.zip', () => files.zip({ 'a.txt': 'x' }), /^This file is a ZIP archive, not one of: PDF, JPEG, PNG, Word, audio\.$/],
    ['a ZIP archive named as a Word file', 'statement.docx', () => files.zip({ 'a.txt': 'x' }), /^This file is a ZIP archive, not one of/],
    ['a video', 'cctv.mp4', () => files.mp4('isom', ['vide', 'soun']), /^This file is an MPEG-4 video, not one of/],
    ['plain text', 'notes.txt', () => Buffer.from('He shouted at her again on Tuesday.'), /cannot tell from its contents what kind of file this is/],
    ['a PNG named .pdf (mislabelled)', 'statement.pdf', () => files.png(4, 4), /"statement\.pdf" says it is a PDF document \(\.pdf\), but its contents are a PNG image/],
    ['a PDF named .jpg (mislabelled)', 'photo.jpg', () => Buffer.from('%PDF-1.4\n%%EOF\n'), /says it is a JPEG photo \(\.jpg\), but its contents are a PDF document/],
    ['a PNG of 40,000 × 40,000 pixels', 'bomb.png', () => files.png(40_000, 40_000), /This image is 40,000 × 40,000 pixels \(1,600 megapixels\)\. Hearth does not accept images over 268\.4 megapixels/],
    ['a JPEG of 65,535 × 65,535 pixels', 'bomb.jpg', () => files.jpeg(65_535, 65_535), /This image is 65,535 × 65,535 pixels \(4,294\.8 megapixels\)/],
  ])('refuses %s and stores nothing', async (_what, name, make, message) => {
    const app = await withCase();
    await refused(app, add(app.caseId, name, make()), 'bad-input', message);
    expect(rowCount(app)).toEqual({ evidence: 0, chunks: 0 });
  });

  it('refuses a date obtained in the future, and keeps a file named with hidden direction marks under a clean name', async () => {
    const app = await withCase();
    await refused(app, add(app.caseId, 'a.png', files.png(4, 4), { obtainedOn: '2026-11-22' }), 'bad-input', /obtained is in the future/);
    // Until issue 13 this was refused ("hidden control characters"); now the marks are taken out and the
    // file keeps the extension its content proves (hostile-names.test.ts has the whole table).
    expect((await app.must('evidence:add', add(app.caseId, 'invoice\u202Egnp.exe', files.png(5, 5)))).fileName).toBe('invoicegnp.png');
    const kept = await app.must('evidence:add', add(app.caseId, 'C:\\Users\\al\\Pictures\\door.png', files.png(4, 4)));
    expect(kept.fileName).toBe('door.png');
  });

  it('accepts a password-protected PDF but marks it unusable in a bundle', async () => {
    const app = await withCase();
    for (const name of ['encrypted-minimal.pdf', 'encrypted-aes256-qpdf.pdf']) {
      const bytes = readFileSync(join(FIXTURES, name));
      const added = await app.must('evidence:add', add(app.caseId, name, bytes));
      expect(added).toMatchObject({ type: 'pdf', usableInBundle: false, unusableReason: 'password-protected', pageCount: null });
      expect(Buffer.from((await app.must('evidence:content', { id: added.id })).bytes).equals(bytes)).toBe(true);
    }
    const view = await app.must('case:get', { id: app.caseId });
    expect(view.chronology.find((c) => c.kind === 'evidence')!.detail).toContain('Cannot go in a bundle: password-protected');
  });

  it('accepts a damaged PDF but marks it unusable, with the reason', async () => {
    const app = await withCase();
    const broken = await app.must('evidence:add', add(app.caseId, 'broken.pdf', Buffer.from('%PDF-1.7\nthe rest of this file was lost\n')));
    expect(broken).toMatchObject({ usableInBundle: false, unusableReason: 'damaged: the PDF could not be read', pageCount: null });
    const empty = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(await app.must('evidence:add', add(app.caseId, 'empty.pdf', empty))).toMatchObject({ usableInBundle: false, unusableReason: 'damaged: the PDF has no pages' });
  });

  it('records the page count of a valid multi-page PDF', async () => {
    const app = await withCase();
    expect(await app.must('evidence:add', add(app.caseId, 'letters.pdf', await files.pdf(5)))).toMatchObject({ usableInBundle: true, unusableReason: null, pageCount: 5 });
  });

  it('keeps a PDF whose check runs out of time, marked as not checked', async () => {
    const app = await withCase();
    const { ws, user } = app.core.sessions.current()!;
    const input = { ...add(app.caseId, 'slow.pdf', await files.pdf(2)), description: '', allowDuplicate: false };
    const added = await addEvidence(ws.db, app.caseId, input, user, app.now.value, { pdf: { timeoutMs: 1 } });
    expect(added).toMatchObject({ usableInBundle: false, unusableReason: 'could not be checked within 1 ms', pageCount: null });
  });

  it('saves nothing when the workspace is locked while the file is being checked', async () => {
    const app = await withCase();
    const pending = app.call('evidence:add', add(app.caseId, 'statement.pdf', await files.pdf(2)));
    await app.must('session:lock', {});
    expect(await pending).toMatchObject({ ok: false, error: { code: 'not-signed-in', message: expect.stringMatching(/locked while the file was being checked\. Nothing was saved/) } });
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    expect(rowCount(app)).toEqual({ evidence: 0, chunks: 0 });
  });

  it('asks for the case to be opened with a reason before its evidence on a restricted case, and keeps it out of reach of other partners', async () => {
    const app = await withCase();
    const added = await app.must('evidence:add', add(app.caseId, 'door.png', files.png(4, 4)));
    await app.must('case:restrict', { id: app.caseId, restricted: true, reason: 'A member of staff is involved in this case.' });
    expect(await app.call('evidence:content', { id: added.id })).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    await app.must('case:get', { id: app.caseId, reason: 'Preparing the injunction bundle.' });
    expect((await app.must('evidence:content', { id: added.id })).bytes.length).toBe(added.size);

    await addUser(app, { username: 'wh-officer', displayName: 'Wendy Hart', role: 'officer', passphrase: 'river stone lantern', partners: ['WH'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'wh-officer', passphrase: 'river stone lantern' });
    const missing = await app.call('evidence:content', { id: 999 });
    const hidden = await app.call('evidence:content', { id: added.id });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The same answer as for evidence that does not exist: nothing is confirmed.
    expect(hidden).toEqual(missing);
    expect(await app.call('evidence:add', add(app.caseId, 'x.png', files.png(3, 3)))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
