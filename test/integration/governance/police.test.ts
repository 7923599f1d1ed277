import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase } from '../bundles/setup';
import { hearth } from '../cli/harness';

/**
 * Issue 21, P3.11–3.14: a police request is recorded whatever is decided — who asked, under what basis,
 * for what, when, what was shared, the decision and the reason. Shared in part, the pack says what was
 * not and why, and the disclosure log has its row; refused, the request and reason are kept (and audited)
 * but nothing is logged as disclosed, because nothing left.
 */
const temp = useTempDirs();
const ASKED = { force: 'Metropolitan Police Service', officer: 'PC 4471 Sam Okafor', reference: 'CAD 1234/20NOV26', lawfulBasis: 'cda-1998-s115' as const, purpose: 'Investigating threats to burn a home' };

describe('police requests on a case', () => {
  it('records a request shared in part with its reason in the pack, and one refused with nothing disclosed', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    app.now.value = new Date('2026-11-23T10:00:00Z');
    const exhibit = Object.values(app.evidence)[0]!;

    expect(await app.call('police:pack', { caseId: app.caseId, ...ASKED, evidenceIds: [exhibit.id], decision: 'partly' })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/why the rest/) } });
    expect(await app.call('police:pack', { caseId: app.caseId, ...ASKED, receivedOn: '2026-11-24', evidenceIds: [exhibit.id] })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/in the future/) } });
    const pack = await app.must('police:pack', { caseId: app.caseId, ...ASKED, receivedOn: '2026-11-20', evidenceIds: [exhibit.id], decision: 'partly', reason: 'The witness statements are withheld: the witnesses did not agree.' });
    const statement = pdfText(unzipSync(pack.bytes)['Evidence pack.pdf']!, 1, 9).replace(/\s+/g, ' ');
    expect(statement).toContain('Asked for on: 20/11/2026');
    expect(statement).toContain('Decision: part of what was asked for is shared. Not shared: The witness statements are withheld: the witnesses did not agree.');

    expect(await app.call('police:refuse', { caseId: app.caseId, ...ASKED, reference: 'CAD 99/23NOV26', reason: '' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const refused = await app.must('police:refuse', { caseId: app.caseId, ...ASKED, reference: 'CAD 99/23NOV26', lawfulBasis: 'dpa-2018-sch2-para2', purpose: 'A general enquiry about the family', reason: 'No offence was named, so the exemption does not apply.' });

    const listed = await app.must('police:list', { caseId: app.caseId });
    expect(listed.map((r) => [r.reference, r.decision, r.exhibits, r.receivedOn, r.approvedBy])).toEqual([
      ['CAD 99/23NOV26', 'refused', 0, '2026-11-23', 'Ada Lovelace'],
      ['CAD 1234/20NOV26', 'partly', 1, '2026-11-20', 'Ada Lovelace'],
    ]);
    expect(listed[0]).toMatchObject({ id: refused.id, reason: 'No offence was named, so the exemption does not apply.', lawfulBasis: 'dpa-2018-sch2-para2' });

    // Only the pack left Hearth.
    const log = await app.must('disclosure:list', { partyIds: [] });
    expect(log.filter((d) => d.kind === 'police-pack').map((d) => d.what)).toEqual([expect.stringMatching(/reference CAD 1234\/20NOV26/)]);
    const audit = await app.must('audit:list', { limit: 500 });
    expect(audit.filter((e) => e.action === 'police:refuse').map((e) => e.outcome)).toEqual(['ok']);
  }, 120_000);

  it('is recorded from the command line: a pack of the exhibits named, or a refusal', async () => {
    const root = temp();
    const app = await bundleCase(root, { files: ['multi'] });
    const exhibit = Object.values(app.evidence)[0]!;
    await app.must('session:signOut', {});
    app.core.sessions.signOut();
    const env = { HEARTH_WORKSPACE: app.dir, HEARTH_USER: ADMIN.username, HEARTH_PASSPHRASE: ADMIN.passphrase };
    const out = join(root, 'pack.zip');
    const asked = ['police', app.ref, '--force', ASKED.force, '--officer', ASKED.officer, '--reference', ASKED.reference, '--basis', 's115', '--purpose', ASKED.purpose];

    const wrong = await hearth([...asked, '--exhibit', 'ZZ/9', '--out', out], { env });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`No exhibit ZZ/9 on ${app.ref}. The case's exhibits: ${exhibit.exhibitLabel}`);
    expect(existsSync(out)).toBe(false);
    expect((await hearth([...asked, '--basis', 'gdpr', '--exhibit', exhibit.exhibitLabel, '--out', out], { env })).stderr).toMatch(/--basis must be s115 .* or sch2/);

    const made = await hearth([...asked, '--asked', '20/11/2026', '--exhibit', exhibit.exhibitLabel, '--partly', 'Statements withheld', '--out', out], { env });
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/Wrote the evidence pack for PC 4471 Sam Okafor, Metropolitan Police Service \(1 exhibit\)/);
    expect(Object.keys(unzipSync(readFileSync(out)))).toContain('SHA256SUMS.txt');
    const refused = await hearth(['police', app.ref, '--force', ASKED.force, '--officer', 'PC 12 Khan', '--reference', 'CAD99', '--basis', 'sch2', '--purpose', 'Enquiry', '--refuse', 'No offence named'], { env });
    expect(refused.stdout).toMatch(/Recorded police request CAD99 on .* as refused/);

    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect((await app.must('police:list', { caseId: app.caseId })).map((r) => [r.reference, r.decision, r.receivedOn !== '', r.reason])).toEqual([
      ['CAD99', 'refused', true, 'No offence named'],
      [ASKED.reference, 'partly', true, 'Statements withheld'],
    ]);
    expect((await app.must('police:list', { caseId: app.caseId }))[1]!.receivedOn).toBe('2026-11-20');
  }, 120_000);
});
