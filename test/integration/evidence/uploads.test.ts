import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/schemas/evidence';
import { MAX_OPEN_UPLOADS } from '../../../main/evidence/uploads';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';
import { uploadInParts } from '../../helpers/uploads';

/**
 * evidence:uploadStart/Chunk/Finish/Cancel (issue 13, finding 6), through dispatch and the real
 * encrypted workspace: parts checked as they arrive, the staging file encrypted and private, the file
 * checked and stored like evidence:add, and nothing left behind by a cancel, a lock, a sign-out or a
 * process that died.
 */
const temp = useTempDirs();
const details = { source: 'Complainant’s phone', obtainedOn: '2026-11-20', description: '', allowDuplicate: false };
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function withCase(): Promise<TestApp & { caseId: number }> {
  const app = await makeWorkspace(temp());
  return { ...app, caseId: (await app.must('case:create', raceHateIntake())).id };
}

const uploadsDir = (app: TestApp) => join(app.dir, 'uploads');
const staged = (app: TestApp) => (existsSync(uploadsDir(app)) ? readdirSync(uploadsDir(app)) : []);
const evidenceCount = (app: TestApp) => (app.core.sessions.current()!.ws.db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n;

/** A WAV whose samples spell out a phrase, so its plaintext is easy to look for on disk. */
function tellTaleWav(parts: number): Buffer {
  const wav = files.wav(Math.floor((parts * EVIDENCE_CHUNK_BYTES - 100) / 2));
  const phrase = Buffer.from('AMIRA HADDAD WITNESS STATEMENT ');
  for (let at = 64; at + phrase.length < wav.length; at += phrase.length) phrase.copy(wav, at);
  return wav;
}

async function begin(app: TestApp & { caseId: number }, bytes: Uint8Array, fileName = 'call.wav', extra: { sha256?: string } = {}) {
  return app.must('evidence:uploadStart', { caseId: app.caseId, fileName, size: bytes.length, ...extra });
}
const part = (bytes: Uint8Array, i: number) => bytes.subarray(i * EVIDENCE_CHUNK_BYTES, (i + 1) * EVIDENCE_CHUNK_BYTES);

describe('evidence in parts', () => {
  it('stores a 3-part recording byte for byte, its SHA-256 worked out as the parts arrived', async () => {
    const app = await withCase();
    const wav = tellTaleWav(3);
    const r = await uploadInParts(app, app.caseId, 'long call.wav', wav, details, { sha256: sha256(wav) });
    expect(r).toMatchObject({ ok: true, value: { fileName: 'long call.wav', type: 'audio', size: wav.length, sha256: sha256(wav), exhibitLabel: 'AL/1' } });
    const content = await app.must('evidence:content', { id: (r as { value: { id: number } }).value.id });
    expect(Buffer.from(content.bytes).equals(wav)).toBe(true);
    expect(staged(app)).toEqual([]);
    expect(app.core.uploads.openCount).toBe(0);
  });

  it('keeps the parts encrypted in a private staging file while they arrive', async () => {
    const app = await withCase();
    const wav = tellTaleWav(2);
    const { uploadId } = await begin(app, wav);
    await app.must('evidence:uploadChunk', { uploadId, index: 0, bytes: part(wav, 0) });
    const [name] = staged(app);
    const onDisk = readFileSync(join(uploadsDir(app), name!));
    expect(onDisk.length).toBe(EVIDENCE_CHUNK_BYTES + 16);
    expect(onDisk.includes(Buffer.from('AMIRA HADDAD'))).toBe(false);
    expect(onDisk.includes(Buffer.from(part(wav, 0).subarray(0, 64)))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(join(uploadsDir(app), name!)).mode & 0o777).toBe(0o600);
  });

  it('checks each part as it arrives: order, size, and the declared size', async () => {
    const app = await withCase();
    const wav = tellTaleWav(2);
    const { uploadId, parts, chunkBytes } = await begin(app, wav);
    expect({ parts, chunkBytes }).toEqual({ parts: 2, chunkBytes: EVIDENCE_CHUNK_BYTES });
    expect(await app.call('evidence:uploadChunk', { uploadId, index: 1, bytes: part(wav, 1) })).toMatchObject({ ok: false, error: { code: 'bad-input', message: 'Part 2 arrived before part 1: send the parts in order.' } });
    expect(await app.call('evidence:uploadChunk', { uploadId, index: 0, bytes: part(wav, 0).subarray(1) })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^Part 1 should be 1,048,576 bytes, but it is 1,048,575\./) } });
    expect(await app.call('evidence:uploadFinish', { uploadId, ...details })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^Only 0 of the [\d,]+ bytes of this file have arrived/) } });
    // A refused part does not end the upload; a finish too early does.
    expect(await app.call('evidence:uploadChunk', { uploadId, index: 0, bytes: part(wav, 0) })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const again = await begin(app, wav);
    expect(await app.must('evidence:uploadChunk', { uploadId: again.uploadId, index: 0, bytes: part(wav, 0) })).toEqual({ received: EVIDENCE_CHUNK_BYTES, size: wav.length });
    expect(await app.call('evidence:uploadChunk', { uploadId: again.uploadId, index: 0, bytes: part(wav, 0) })).toMatchObject({ ok: false, error: { message: 'Part 1 of this file has already arrived.' } });
    expect(await app.call('evidence:uploadChunk', { uploadId: again.uploadId, index: 1, bytes: Buffer.concat([part(wav, 1), Buffer.from('x')]) })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await app.must('evidence:uploadChunk', { uploadId: again.uploadId, index: 1, bytes: part(wav, 1) });
    expect(await app.call('evidence:uploadChunk', { uploadId: again.uploadId, index: 2, bytes: Buffer.from('x') })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/have already arrived; finish the upload/) } });
    expect(await app.must('evidence:uploadFinish', { uploadId: again.uploadId, ...details })).toMatchObject({ size: wav.length });
  });

  it('refuses at the start a file over 200 MB or empty, and a case the person cannot add to', async () => {
    const app = await withCase();
    expect(await app.call('evidence:uploadStart', { caseId: app.caseId, fileName: 'a.pdf', size: 0 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/This file is empty/) } });
    expect(await app.call('evidence:uploadStart', { caseId: 999, fileName: 'a.pdf', size: 10 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(staged(app)).toEqual([]);
  });

  it('refuses content that is not evidence at the finish, naming what is accepted, and keeps nothing', async () => {
    const app = await withCase();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(EVIDENCE_CHUNK_BYTES + 10)]);
    const r = await uploadInParts(app, app.caseId, 'invoice.pdf.exe', exe, details);
    expect(r).toEqual({ ok: false, error: { code: 'bad-input', message: 'This file is a Windows program, not one of: PDF, JPEG, PNG, Word, audio.' } });
    expect(evidenceCount(app)).toBe(0);
    expect(staged(app)).toEqual([]);
    expect(app.core.uploads.openCount).toBe(0);
  });

  it('refuses a file whose SHA-256 is not the one declared at the start', async () => {
    const app = await withCase();
    const wav = tellTaleWav(1);
    const r = await uploadInParts(app, app.caseId, 'call.wav', wav, details, { sha256: 'ab'.repeat(32) });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/its SHA-256 differs/) } });
    expect(evidenceCount(app)).toBe(0);
    expect(staged(app)).toEqual([]);
  });

  it('keeps the upload after a duplicate is noticed, so “add it anyway” sends nothing again', async () => {
    const app = await withCase();
    const wav = tellTaleWav(2);
    expect((await uploadInParts(app, app.caseId, 'call.wav', wav, details)).ok).toBe(true);
    const { uploadId } = await begin(app, wav, 'call-copy.wav');
    for (const i of [0, 1]) await app.must('evidence:uploadChunk', { uploadId, index: i, bytes: part(wav, i) });
    expect(await app.call('evidence:uploadFinish', { uploadId, ...details })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already on the case as exhibit AL\/1/) } });
    expect(staged(app)).toHaveLength(1);
    expect(await app.must('evidence:uploadFinish', { uploadId, ...details, allowDuplicate: true })).toMatchObject({ exhibitLabel: 'AL/2', fileName: 'call-copy.wav' });
    expect(staged(app)).toEqual([]);
  });

  it('says so when the staging file was changed on disk, and keeps nothing', async () => {
    const app = await withCase();
    const png = files.png(40, 40);
    const { uploadId } = await begin(app, png, 'door.png');
    await app.must('evidence:uploadChunk', { uploadId, index: 0, bytes: png });
    const path = join(uploadsDir(app), staged(app)[0]!);
    const onDisk = readFileSync(path);
    onDisk.writeUInt8(onDisk.readUInt8(3) ^ 1, 3);
    writeFileSync(path, onDisk);
    expect(await app.call('evidence:uploadFinish', { uploadId, ...details })).toMatchObject({ ok: false, error: { code: 'integrity', message: expect.stringMatching(/changed on disk\. Nothing was saved/) } });
    expect(evidenceCount(app)).toBe(0);
  });

  it('answers another person’s upload as unknown', async () => {
    const app = await withCase();
    const png = files.png(4, 4);
    const { uploadId } = await begin(app, png, 'door.png');
    await app.must('users:add', { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'river stone lantern', partners: ['C33'] });
    // Signing in as someone else throws every open upload away, so use the registry as a second window would.
    expect(() => app.core.uploads.chunk(uploadId, 999, 0, png)).toThrow(/no longer open/);
    expect(app.core.uploads.openCount).toBe(1);
  });

  it('throws away the staging files when cancelled, locked or signed out, and refuses the parts after', async () => {
    const app = await withCase();
    const wav = tellTaleWav(2);
    const cancelled = await begin(app, wav);
    await app.must('evidence:uploadChunk', { uploadId: cancelled.uploadId, index: 0, bytes: part(wav, 0) });
    await app.must('evidence:uploadCancel', { uploadId: cancelled.uploadId });
    expect(staged(app)).toEqual([]);

    const locked = await begin(app, wav);
    await app.must('evidence:uploadChunk', { uploadId: locked.uploadId, index: 0, bytes: part(wav, 0) });
    expect(staged(app)).toHaveLength(1);
    await app.must('session:lock', {});
    expect(staged(app)).toEqual([]);
    await app.must('session:unlock', { passphrase: ADMIN.passphrase });
    expect(await app.call('evidence:uploadChunk', { uploadId: locked.uploadId, index: 1, bytes: part(wav, 1) })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/no longer open/) } });

    const signedOut = await begin(app, wav);
    await app.must('evidence:uploadChunk', { uploadId: signedOut.uploadId, index: 0, bytes: part(wav, 0) });
    await app.must('session:signOut', {});
    expect(staged(app)).toEqual([]);
    expect(app.core.uploads.openCount).toBe(0);
  });

  it('removes at the next sign-in the staging files of a Hearth that died, not those of one still running', async () => {
    const app = await withCase();
    mkdirSync(uploadsDir(app), { recursive: true });
    // pid 2^22 + 1 is above Linux's pid_max default: no such process. pid 1 is always running.
    const dead = `upload-${2 ** 22 + 1}-${'a'.repeat(32)}.part`;
    const running = `upload-1-${'b'.repeat(32)}.part`;
    for (const name of [dead, running, 'notes.txt']) writeFileSync(join(uploadsDir(app), name), 'ciphertext');
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(staged(app).sort()).toEqual(['notes.txt', running]);
  });

  it('drops an upload untouched for 30 minutes, and holds at most four at once', async () => {
    const app = await withCase();
    const png = files.png(4, 4);
    const first = await begin(app, png, 'a.png');
    for (let i = 1; i < MAX_OPEN_UPLOADS; i += 1) await begin(app, png, `${i}.png`);
    expect(await app.call('evidence:uploadStart', { caseId: app.caseId, fileName: 'more.png', size: png.length })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^4 files are already being received/) } });
    app.now.value = new Date(app.now.value.getTime() + 31 * 60_000);
    await begin(app, png, 'later.png');
    expect(app.core.uploads.openCount).toBe(1);
    expect(await app.call('evidence:uploadChunk', { uploadId: first.uploadId, index: 0, bytes: png })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
