import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../shared/documents/plain-text';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN, hearth } from '../cli/harness';
import { richCase } from './fixture';
import { docxText, pdfFacts, pdfText } from './read-back';

/** Letters to every address in a list (P5.3), made in the background, and the `hearth letter` command. */
const temp = useTempDirs();

async function finish(app: TestApp, jobId: string): Promise<JobStatus> {
  for (;;) {
    const s = await app.must('job:status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1} Elm Road, London, N1 ${1 + (i % 9)}AA`);

describe('letters to all residents of an area', () => {
  it('makes one letter per address, each with its own address and page numbers, in both formats, as one stored document', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const preview = await app.must('document:preview', { caseId: c.id, templateId: 'area-letter' });
    expect(preview.refusal).toBeNull();
    expect(preview.model.addressee).toEqual(['The Occupier', '(each address in the list)']);
    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(30), slots: { meeting: 'Thursday 3 December 2026, 18:30, at the Elm Estate community room' } });
    expect(started).toMatchObject({ state: 'running', total: 30 });
    const done = await finish(app, started.jobId);
    expect(done).toMatchObject({ kind: 'letter-batch', caseId: c.id, state: 'done', done: 30, progress: 1, message: '30 letters made.', result: { kind: 'letters' } });
    const [doc] = await app.must('document:list', { caseId: c.id });
    expect(doc).toMatchObject({ id: done.result?.kind === 'letters' ? done.result.documentId : -1, recipientRole: 'residents', recipientCount: 30, recipientDescription: 'All residents: the Elm Estate (30 addresses)' });

    const pdf = await app.must('document:export', { id: doc!.id, format: 'pdf' });
    const text = await pdfText(pdf.bytes);
    const facts = await pdfFacts(pdf.bytes);
    expect(facts).toMatchObject({ marked: true, hasStructTreeRoot: true, lang: 'en-GB', openAction: { page: 0, zoom: 1 } });
    expect(facts.pageCount).toBe(text.pages.length);
    const firstPages = text.pages.filter((p) => p.includes('The Occupier'));
    expect(firstPages).toHaveLength(30);
    expect(firstPages[6]).toContain('7 Elm Road');
    expect(firstPages[6]).toContain('Page 1 of');
    // Never names anyone: the complainant's name, address and phone appear on no letter.
    const all = text.pages.join('\n');
    expect(all).not.toMatch(/Haddad|Whitcombe|Pike/);
    const word = docxText((await app.must('document:export', { id: doc!.id, format: 'docx' })).bytes);
    expect(word.body.match(/The Occupier/g)).toHaveLength(30);
    expect(wordsOf(word.body).join(' ')).toContain('30 Elm Road London N1 3AA');
    expect(word.xml.match(/<w:sectPr/g)?.length).toBe(30);

    // Large print and Easy Read for the whole batch.
    const large = await finish(app, (await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(3), largePrint: true, easyRead: true })).jobId);
    const lp = await pdfText((await app.must('document:export', { id: large.result?.kind === 'letters' ? large.result.documentId : -1, format: 'pdf' })).bytes);
    expect(Math.min(...lp.sizes)).toBeGreaterThanOrEqual(15.9);
    expect(wordsOf(lp.pages.join(' ')).join(' ')).toContain('We are writing to everyone who lives in the Elm Estate.');
  });

  it('can be cancelled, and then stores nothing', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(1500) });
    await new Promise((r) => setTimeout(r, 50));
    const progress = await app.must('job:status', { jobId: started.jobId });
    expect(progress.state).toBe('running');
    await app.must('job:cancel', { jobId: started.jobId });
    expect(await finish(app, started.jobId)).toMatchObject({ state: 'cancelled', result: null, message: 'Cancelled: no letters were saved.' });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);
  });

  it('is refused at once when the letter would identify someone', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const r = await app.call('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(5), slots: { message: 'Amira Haddad at number 4 has been abused.' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/every resident of the Elm Estate .*Amira Haddad/) } });
  });
});

describe('hearth letter', () => {
  it('makes, stores and writes a letter; --to takes a name or an id; lists templates without one', async () => {
    const root = temp();
    const ws = join(root, 'workspace');
    const env = { HEARTH_PASSPHRASE: ADMIN.passphrase, HEARTH_USER: ADMIN.username, HEARTH_WORKSPACE: ws };
    expect((await hearth(['init', '--workspace', ws, '--admin', ADMIN.username, '--display-name', ADMIN.displayName], { env })).code).toBe(0);
    // The case is made through the same services, as the admin, in this process.
    const { makeApp } = await import('../../helpers/core');
    const app = makeApp(root);
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const c = await richCase(app);
    await app.must('session:signOut', {});

    const list = await hearth(['letter', c.ref], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/first-warning\s+First written warning\n\s+--to \d+\s+Darren Whitcombe — first written warning of 21\/11\/2026/);
    expect(list.stdout).toMatch(/closure\s+Closure with appeal rights\s+\(not yet: Only when the case is closure proposed or closed\.\)/);

    const out = join(root, 'warning.pdf');
    const made = await hearth(['letter', c.ref, 'first-warning', '--to', 'whitcombe', '--format', 'pdf', '--out', out, '--large-print'], { env });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Made “First written warning \S+ C33-2026-0001” for Darren Whitcombe \(large print\): document 1, stored with SHA-256 [0-9a-f]{64}\.\nWrote .*warning\.pdf \(PDF, \d+ KB\)\.\nIt is ready to send: once it has gone, record how and when \(hearth document sent 1 --how post --at "21\/11\/2026 14:30", or in the app\)/);
    const text = await pdfText(readFileSync(out));
    expect(text.pages.join(' ')).toContain('First written warning: C33-2026-0001');
    expect(Math.min(...text.sizes)).toBeGreaterThanOrEqual(15.9);

    const docx = join(root, 'ack.docx');
    expect((await hearth(['letter', c.ref, 'acknowledgement', '--to', String(c.complainant.id), '--format', 'docx', '--out', docx], { env })).code).toBe(0);
    expect(docxText(readFileSync(docx)).body).toContain('Your case officer is Jo Baptiste.');

    // Ambiguity and the guard are refused in a sentence, with exit 2; an existing file is never overwritten.
    const ambiguous = await hearth(['letter', c.ref, 'interview-invitation', '--to', 'Whitcombe', '--out', join(root, 'x.pdf'), '--set', 'when=Monday'], { env });
    expect(ambiguous).toMatchObject({ code: 2, stderr: expect.stringMatching(/“Whitcombe” matches more than one person: \d+: Darren Whitcombe .*; \d+: Kyle Whitcombe/) });
    const guarded = await hearth(['letter', c.ref, 'first-warning', '--to', 'Darren Whitcombe', '--out', join(root, 'y.pdf'), '--set', 'incidentsText=You shouted at Mrs Haddad.'], { env });
    expect(guarded).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot be made \(P3\.13–3\.14\)/) });
    expect(existsSync(join(root, 'y.pdf'))).toBe(false);
    expect((await hearth(['letter', c.ref, 'first-warning', '--to', 'Darren', '--out', out], { env })).stderr).toMatch(/already exists/);
  });
});
