import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import * as fx from '../../fixtures/bundles/make';
import { scannedExhibit, typedStatement } from '../../fixtures/redact/make';
import { useTempDirs } from '../../helpers/temp';
import { buildDefault, bundleCase, type BundleCase } from '../bundles/setup';

/**
 * Redacting exhibits through dispatch (issue 16 item 4): evidence:setRedactions stores the request and
 * starts the exhibit-redact job; the bundle uses the redacted copy once it is made, keeps an exhibit out
 * while its copy is being made or when it cannot be made (encrypted), and a cancelled job leaves no copy.
 */
const temp = useTempDirs();

async function finished(app: BundleCase, jobId: string): Promise<ChannelOutput<'job:status'>> {
  let status = await app.must('job:status', { jobId });
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    status = await app.must('job:status', { jobId });
  }
  return status;
}

async function addFile(app: BundleCase, fileName: string, bytes: Uint8Array) {
  return app.must('evidence:add', { caseId: app.caseId, fileName, source: 'Elm Estate office', obtainedOn: '2026-11-20', description: fileName, bytes });
}

describe('redacting exhibits for the bundle', () => {
  it('makes a redacted copy without the withheld witness, and the bundle uses it', async () => {
    const app = await bundleCase(temp());
    const statement = await addFile(app, 'statement.pdf', await typedStatement('George Pike'));
    const before = await app.must('bundle:sources', { caseId: app.caseId });
    const preview = await app.must('bundle:preview', { caseId: app.caseId, plan: before.defaultPlan });
    expect(preview.warnings).toContainEqual(expect.objectContaining({ code: 'evidence-not-redacted' }));

    const asked = await app.must('evidence:setRedactions', { id: statement.id, boxes: [], withheld: true, terms: [] });
    expect(asked).toMatchObject({ evidenceId: statement.id, state: 'pending', jobId: expect.any(String) });
    // While the copy is being made, the exhibit is kept out of a bundle with the reason.
    const waiting = await app.must('bundle:sources', { caseId: app.caseId });
    expect(waiting.candidates.find((c) => c.key === `e:${statement.id}`)).toMatchObject({ usable: false, problem: expect.stringMatching(/still being made/) });

    const done = await finished(app, asked.jobId!);
    expect(done).toMatchObject({ state: 'done', kind: 'exhibit-redact', result: { kind: 'redaction', evidenceId: statement.id, pages: 2 } });

    const after = await app.must('bundle:sources', { caseId: app.caseId });
    expect(after.candidates.find((c) => c.key === `e:${statement.id}`)).toMatchObject({ usable: true });
    const previewAfter = await app.must('bundle:preview', { caseId: app.caseId, plan: after.defaultPlan });
    expect(previewAfter.warnings.map((w) => w.code)).not.toContain('evidence-not-redacted');
    const { pdf, detail } = await buildDefault(app);
    const file = join(temp(), 'bundle.pdf');
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toMatch(/kick the door on Tuesday night/); // the redacted page's new text layer
    expect(text).toMatch(/burn her out/); // the page copied as it was
    expect(text).not.toMatch(/George|Pike/);
    expect(detail.manifest!.sections.flatMap((s) => s.documents).map((d) => d.key)).toContain(`e:${statement.id}`);
    expect(text).toMatch(/redacted\s+copy’s fingerprint/); // the fingerprint annex says whose fingerprint it gives
  });

  it('keeps an exhibit that cannot be redacted out of the bundle, saying why', async () => {
    const app = await bundleCase(temp());
    const locked = await addFile(app, 'locked-statement.pdf', fx.encrypted());
    // Intake already knows it cannot go in a bundle (password-protected); a redaction of it is refused in
    // words (the engine's own refusal of an encrypted file is tested in test/unit/pdf/redact.test.ts).
    expect(locked.usableInBundle).toBe(false);
    const refused = await app.call('evidence:setRedactions', { id: locked.id, boxes: [], withheld: true, terms: [] });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot go in a bundle \(password-protected.*nothing to redact/) } });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    expect(sources.candidates.find((c) => c.key === `e:${locked.id}`)).toMatchObject({ usable: false, problem: expect.stringMatching(/password-protected/) });
  });

  it('refuses a box on a page the exhibit does not have, and cancels a long redaction leaving no copy', async () => {
    const app = await bundleCase(temp());
    const scan = await addFile(app, 'police-scan.pdf', await scannedExhibit(6));
    const wrong = await app.call('evidence:setRedactions', { id: scan.id, boxes: [{ page: 7, x: 10, y: 10, width: 50, height: 20 }], withheld: false, terms: [] });
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/has 6 pages: there is no page 7/) } });

    const asked = await app.must('evidence:setRedactions', { id: scan.id, boxes: [], withheld: true, terms: ['Smithson'] });
    const cancelled = await app.must('job:cancel', { jobId: asked.jobId! });
    const ended = cancelled.state === 'running' ? await finished(app, asked.jobId!) : cancelled;
    expect(ended.state).toBe('cancelled');
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    expect(sources.candidates.find((c) => c.key === `e:${scan.id}`)).toMatchObject({ usable: false, problem: expect.stringMatching(/cancelled/) });

    // Clearing the redaction (no boxes, no words) puts the exhibit back as it is.
    const cleared = await app.must('evidence:setRedactions', { id: scan.id, boxes: [], withheld: false, terms: [] });
    expect(cleared.state).toBe('none');
    const again = await app.must('bundle:sources', { caseId: app.caseId });
    expect(again.candidates.find((c) => c.key === `e:${scan.id}`)).toMatchObject({ usable: true });
  });

  it('makes two copies at a time: the rest wait their turn (running, not started), and a waiting one can be cancelled', async () => {
    // Accepting every box of a long review asks for a copy of each exhibit at once; all at once, their
    // workers exhausted the memory (test/bench/review.ts).
    const app = await bundleCase(temp());
    const files = [];
    // Four different files (the same bytes twice would be refused as a duplicate).
    for (let i = 0; i < 4; i += 1) files.push(await addFile(app, `statement-${i}.pdf`, await typedStatement(`George Pike, statement ${i + 1}`)));
    const jobs = [];
    for (const f of files) jobs.push((await app.must('evidence:setRedactions', { id: f.id, boxes: [], withheld: true, terms: [] })).jobId!);
    const statuses = await Promise.all(jobs.map((jobId) => app.must('job:status', { jobId })));
    expect(statuses.map((s) => s.state)).toEqual(['running', 'running', 'running', 'running']);
    expect(statuses.map((s) => s.message.startsWith('Waiting to redact'))).toEqual([false, false, true, true]);
    // The fourth, cancelled while it waits, ends at once and leaves no copy; the others are all made.
    await app.must('job:cancel', { jobId: jobs[3]! });
    expect(await finished(app, jobs[3]!)).toMatchObject({ state: 'cancelled' });
    for (const jobId of jobs.slice(0, 3)) expect(await finished(app, jobId)).toMatchObject({ state: 'done', result: { kind: 'redaction' } });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    expect(files.map((f) => sources.candidates.find((c) => c.key === `e:${f.id}`)?.usable)).toEqual([true, true, true, false]);
  });
});
