import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase } from '../bundles/setup';

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
});
