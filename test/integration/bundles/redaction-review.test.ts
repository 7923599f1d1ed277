import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN } from '../../helpers/core';
import { acceptRedactions, bundleCase, LEGAL, type BundleCase } from './setup';

/**
 * The redaction review before a bundle is built (issue 16 §3), through dispatch and the real encrypted
 * workspace: a build with an unreviewed passage is refused; a reword and an edited replacement are read
 * by the guard before they are kept; a passage changed since its decision needs review again; the
 * built PDF reads as decided (pdftotext); the audit log has the facts and never the words.
 */
const temp = useTempDirs();

const pdfText = (bytes: Uint8Array) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

async function build(app: BundleCase, plan: Parameters<typeof acceptRedactions>[2]) {
  const job = await app.must('bundle:build', { caseId: app.caseId, plan });
  let status = await app.must('job:status', { jobId: job.jobId });
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 30));
    status = await app.must('job:status', { jobId: job.jobId });
  }
  expect(status.state, status.message).toBe('done');
  return (await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' })).bytes;
}

describe('the redaction review', () => {
  it('refuses a build with an unreviewed passage, re-checks a reword and an edit, and asks again when a passage changes', async () => {
    const app = await bundleCase(temp());
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const plan = { ...sources.defaultPlan, hearsayReason: 'George Pike is frightened of the Defendant and will not come to court.' };
    const target = { kind: 'bundle' as const, plan, lateAdditionsTo: null };

    const review = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(review.withheld).toEqual(['the Complainant', 'Witness A']);
    expect(review.toReview).toBe(review.items.length);
    const hearsay = review.items.find((i) => i.place === 'the hearsay notice')!;
    expect(hearsay).toMatchObject({ words: 'George Pike', person: 'Witness A', role: 'witness', detail: 'name', suggestion: 'Witness A', result: 'Witness A is frightened of the Defendant and will not come to court.', decision: null });
    const chronology = review.items.find((i) => i.place === 'the chronology' && i.words === 'George Pike' && i.passage.includes('saw him on the landing'))!;
    expect(chronology.passage).toBe('George Pike (6 Elm Road) saw him on the landing.');

    // Nothing decided: the build is refused, saying how many and where.
    const refused = await app.call('bundle:build', { caseId: app.caseId, plan });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/passages of the bundle's text identify someone withheld from the court, or give the phone or e-mail of someone it may name, and have not been reviewed \(in .*the hearsay notice/) } });

    // A reword that still names him is refused by the guard, and nothing is kept.
    const leaky = await app.call('redaction:decide', { caseId: app.caseId, target, key: hearsay.passageKey, decision: 'reword', text: 'Mr Pike is frightened of the Defendant.' });
    expect(leaky).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/“Mr Pike” still gives the surname of Witness A/) } });
    const reworded = await app.must('redaction:decide', { caseId: app.caseId, target, key: hearsay.passageKey, decision: 'reword', text: 'The witness fears reprisals from the Defendant.' });
    expect(reworded.items.find((i) => i.key === hearsay.key)).toMatchObject({ decision: { kind: 'reword', decidedBy: LEGAL.displayName }, result: 'The witness fears reprisals from the Defendant.' });
    expect(reworded.toReview).toBe(review.toReview - 1);

    // Accepting a detail of a reworded sentence goes back to the sentence detail by detail; reworded again after.
    const back = await app.must('redaction:decide', { caseId: app.caseId, target, key: hearsay.key, decision: 'accept' });
    expect(back.items.find((i) => i.key === hearsay.key)).toMatchObject({ decision: { kind: 'accept' }, result: 'Witness A is frightened of the Defendant and will not come to court.' });
    await app.must('redaction:decide', { caseId: app.caseId, target, key: hearsay.passageKey, decision: 'reword', text: 'The witness fears reprisals from the Defendant.' });

    // An edited replacement is read the same way.
    const badEdit = await app.call('redaction:decide', { caseId: app.caseId, target, key: chronology.key, decision: 'edit', text: 'George' });
    expect(badEdit).toMatchObject({ ok: false, error: { code: 'guard' } });
    const edited = await app.must('redaction:decide', { caseId: app.caseId, target, key: chronology.key, decision: 'edit', text: 'a neighbour' });
    expect(edited.items.find((i) => i.key === chronology.key)!.result).toMatch(/^a neighbour|a neighbour \[address withheld\]|a neighbour \(/);

    // The rest accepted: it builds, and the bundle reads as decided.
    await acceptRedactions(app, app.caseId, plan);
    const text = pdfText(await build(app, plan));
    expect(text).toContain('The witness fears reprisals from the Defendant.');
    expect(text).toContain('a neighbour');
    for (const leak of ['George Pike', 'Pike', 'Amira', '6 Elm Road']) expect(text).not.toContain(leak);

    // The reason is changed: its passage is new, the old reword does not apply, and the build is refused again.
    const changed = { ...plan, hearsayReason: 'George Pike is very frightened of the Defendant.' };
    const again = await app.must('redaction:review', { caseId: app.caseId, target: { ...target, plan: changed } });
    expect(again.items.filter((i) => !i.decision).map((i) => i.place)).toEqual(['the hearsay notice']);
    expect(await app.call('bundle:build', { caseId: app.caseId, plan: changed })).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/^One passage .* has not been reviewed \(in the hearsay notice\)/) } });

    // The audit log: facts only (which key, whose role, what kind of decision), never the words.
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const events = (await app.must('audit:list', { limit: 500 })).filter((e) => e.action === 'redaction:decide');
    expect(events.length).toBeGreaterThanOrEqual(4);
    const db = app.core.sessions.current()!.ws.db;
    const details = events.map((e) => (db.prepare('SELECT detail FROM audit_events WHERE seq = ?').get(e.seq) as { detail: string }).detail);
    expect(details.map((d) => JSON.parse(d) as { decision: string; role: string })).toEqual(expect.arrayContaining([expect.objectContaining({ decision: 'reword', role: 'witness' }), expect.objectContaining({ decision: 'edit', role: 'witness' })]));
    for (const d of details) for (const words of ['Pike', 'George', 'reprisals', 'neighbour', 'Amira']) expect(d).not.toContain(words);
  }, 120_000);

  it('draws an exhibit page as a picture in page points, with the boxes already asked for, to draw more on', async () => {
    const app = await bundleCase(temp(), { files: ['photo', 'multi'] });
    const photo = app.evidence.photo!;
    const page = await app.must('evidence:pageImage', { id: photo.id, page: 1 });
    expect([...page.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(page).toMatchObject({ pages: 1, boxes: [], withheld: true, terms: [] });
    expect(Math.max(page.width, page.height)).toBeLessThanOrEqual(842);
    const multi = await app.must('evidence:pageImage', { id: app.evidence.multi!.id, page: 2 });
    expect(multi.pages).toBeGreaterThanOrEqual(2);
    expect(await app.call('evidence:pageImage', { id: app.evidence.multi!.id, page: 99 })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/has no page 99/) } });
    await app.must('evidence:setRedactions', { id: photo.id, boxes: [{ page: 1, x: 10, y: 20, width: 100, height: 40 }], withheld: true, terms: [] });
    expect((await app.must('evidence:pageImage', { id: photo.id, page: 1 })).boxes).toEqual([{ page: 1, x: 10, y: 20, width: 100, height: 40 }]);
  }, 60_000);
});
