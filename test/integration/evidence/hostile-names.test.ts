import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { raceHateIntake } from '../../helpers/cases';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { uploadInParts } from '../../helpers/uploads';

/**
 * Issue 13, finding 4: names like "statement.hta", "run.bat", "invoice.pdf.js" were accepted and the
 * download kept them. The rule (main/evidence/file-name.ts): the file is kept, listed and downloaded
 * under the extension its content proves, the rest of the name cleaned; content that is not an allowed
 * evidence type is refused with a message naming the types accepted.
 */
/** One workspace for the whole table (each row adds one file; duplicates are allowed), a new case per row. */
const root = mkdtempSync(join(tmpdir(), 'hearth-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let shared: Promise<TestApp> | undefined;

async function withCase(): Promise<TestApp & { caseId: number }> {
  const app = await (shared ??= makeWorkspace(root));
  const created = await app.must('case:create', raceHateIntake());
  return { ...app, caseId: created.id };
}

/** Content with a name for the test title. */
type Make = { what: string; make: () => Buffer | Promise<Buffer>; toString(): string };
const content = (what: string, make: Make['make']): Make => ({ what, make, toString: () => what });
const PDF = content('a PDF', () => files.pdf(1));
const JPEG = content('a JPEG', () => files.jpeg(40, 30));
const PNG = content('a PNG', () => files.png(4, 4));
const MP3 = content('MP3 audio', () => files.mp3());
const DOCX = content('a Word document', () => files.docx());
const EXE = content('a Windows program', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]));
const ELF = content('a Linux program', () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)]));
const TEXT = (what: string, s: string) => content(what, () => Buffer.from(s));

const LONG = `${'Statement of the neighbour at number twelve '.repeat(5)}.pdf.exe`;

/** Chosen name, content, the name it is kept and downloaded under. */
const KEPT: [string, Make, string][] = [
  ['statement.hta', PDF, 'statement.pdf'],
  ['run.bat', PDF, 'run.pdf'],
  ['invoice.pdf.js', PDF, 'invoice.pdf'],
  ['photo.jpg.exe', JPEG, 'photo.jpg'],
  ['x.scr', PNG, 'x.png'],
  ['report.pdf ', PDF, 'report.pdf'],
  ['report.pdf. . .', PDF, 'report.pdf'],
  ['photo.jpg .exe', JPEG, 'photo.jpg'],
  ['statement.html', PDF, 'statement.pdf'],
  ['letter.docm', DOCX, 'letter.docx'],
  ['shortcut.pdf.lnk', PDF, 'shortcut.pdf'],
  ['notes.PDF.VBS', PDF, 'notes.PDF'],
  // Right-to-left override: "invoice‮fdp.exe" shows as "invoiceexe.pdf".
  ['invoice\u202Efdp.exe', PDF, 'invoicefdp.pdf'],
  ['photo\u202Egpj.scr', JPEG, 'photogpj.jpg'],
  // Other invisible characters: zero-width space, left-to-right and Arabic marks, isolates, a BOM.
  ['pho\u200Bto\u200E.jpg', JPEG, 'photo.jpg'],
  ['\uFEFFscan\u2067.pdf\u2069', PDF, 'scan.pdf'],
  ['tab\tand\nnewline.png', PNG, 'tab and newline.png'],
  // Windows device names cannot be created on Windows, with any extension.
  ['CON.pdf', PDF, '_CON.pdf'],
  ['lpt1', JPEG, '_lpt1.jpg'],
  ['aux.final.pdf', PDF, '_aux.final.pdf'],
  // Characters Windows forbids in a name.
  ['a<b>c:d"e|f?g*.png', PNG, 'a_b_c_d_e_f_g_.png'],
  ['.hidden.pdf', PDF, 'hidden.pdf'],
  ['\u202E', PDF, 'evidence.pdf'],
  // The extension the content proves goes on; names that say nothing, or the right thing, are kept.
  ['scan', PDF, 'scan.pdf'],
  ['Minutes 21.11.2026', PDF, 'Minutes 21.11.2026.pdf'],
  ['IMG_0001.JPG', JPEG, 'IMG_0001.JPG'],
  ['scan.jfif', JPEG, 'scan.jfif'],
  ['call.wav', MP3, 'call.mp3'],
  ['voicemail.mp3', MP3, 'voicemail.mp3'],
  ['Statement of Amira Haddad.docx', DOCX, 'Statement of Amira Haddad.docx'],
  ['re\u0301sume\u0301.pdf', PDF, 'résumé.pdf'],
];

/** Chosen name, content, the refusal. */
const REFUSED: [string, Make, RegExp][] = [
  ['setup.exe', EXE, /^This file is a Windows program, not one of: PDF, JPEG, PNG, Word, audio\.$/],
  ['invoice.pdf.exe', EXE, /^This file is a Windows program, not one of: PDF, JPEG, PNG, Word, audio\.$/],
  ['photo.jpg', ELF, /^This file is a Linux program, not one of: PDF, JPEG, PNG, Word, audio\.$/],
  ['statement.hta', TEXT('an HTML application', '<html><head><hta:application/><script>new ActiveXObject("WScript.Shell")</script></head></html>'), /cannot tell from its contents what kind of file this is.*It accepts: PDF, JPEG, PNG, Word, audio\./],
  ['run.bat', TEXT('a batch file', '@echo off\r\ndel /q *.*\r\n'), /It accepts: PDF, JPEG, PNG, Word, audio\./],
  ['invoice.pdf.js', TEXT('a script', 'new ActiveXObject("WScript.Shell").Run("calc")'), /It accepts: PDF, JPEG, PNG, Word, audio\./],
  // A name of another kind Hearth knows is still the wrong file chosen: the person should look.
  ['photo.jpg.exe', PNG, /^The file name "photo\.jpg\.exe" says it is a JPEG photo \(\.jpg\), but its contents are a PNG image\./],
  ['statement.pdf', PNG, /^The file name "statement\.pdf" says it is a PDF document/],
];

const details = { source: 'Left at the estate office', obtainedOn: '2026-11-20', description: '', allowDuplicate: true };
const input = (caseId: number, fileName: string, bytes: Uint8Array): ChannelInput<'evidence:add'> => ({ caseId, fileName, bytes, ...details });

describe('hostile file names: kept under the extension the content proves, or refused', () => {
  it.each(KEPT)('%j holding %s is kept and downloaded as %j', async (chosen, make, kept) => {
    const app = await withCase();
    const added = await app.must('evidence:add', input(app.caseId, chosen, await make.make()));
    expect(added.fileName).toBe(kept);
    expect((await app.must('evidence:content', { id: added.id })).fileName).toBe(kept);
    const view = await app.must('case:get', { id: app.caseId });
    expect(view.evidence[0]!.fileName).toBe(kept);
    expect(view.chronology.find((c) => c.kind === 'evidence')!.title).toBe(`Evidence ${added.exhibitLabel} added: ${kept}`);
  });

  it.each(REFUSED)('%j holding %s is refused, naming the types accepted', async (chosen, make, message) => {
    const app = await withCase();
    const r = await app.call('evidence:add', input(app.caseId, chosen, await make.make()));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(message) } });
    expect((await app.must('case:get', { id: app.caseId })).evidence).toEqual([]);
  });

  it('applies the same rule to a file sent in parts, and bounds a long name', async () => {
    const app = await withCase();
    const r = await uploadInParts(app, app.caseId, LONG, await files.pdf(1), details);
    if (!r.ok) expect.fail(r.error.message);
    expect(r.value.fileName).toMatch(/^Statement of the neighbour .*\.pdf$/);
    expect(r.value.fileName).not.toMatch(/\.exe|\.pdf\.pdf/);
    expect(Buffer.byteLength(r.value.fileName)).toBeLessThanOrEqual(200);
  });

  it('shows and downloads a record kept before the rule under the safe name', async () => {
    const app = await withCase();
    const added = await app.must('evidence:add', input(app.caseId, 'recording.mp3', await MP3.make()));
    // As an older version of Hearth could have stored it.
    app.core.sessions.current()!.ws.db.prepare('UPDATE evidence SET file_name = ? WHERE id = ?').run('call\u202E3pm.exe', added.id);
    expect((await app.must('case:get', { id: app.caseId })).evidence[0]!.fileName).toBe('call3pm');
    expect((await app.must('evidence:content', { id: added.id })).fileName).toBe('call3pm.mp3');
  });
});
