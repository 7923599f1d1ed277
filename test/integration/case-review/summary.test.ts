import { describe, expect, it } from 'vitest';
import { modelText } from '../../../shared/documents/plain-text';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';
import { docxText, pdfText } from '../documents/read-back';

const temp = useTempDirs();

/**
 * Issue 20 §3: the partner's case summary for the ASB case review panel. It is made from the case (the
 * reports with why each counts, what was done, the count), read by the disclosure guard as to the panel:
 * the applicant's details go with their application, but the witness (George Pike, named in the second
 * incident) is reviewed first and is not named in what is made. Sent, it is in the disclosure log.
 */
describe('the case summary for the ASB case review panel (issue 20)', () => {
  it('is made from the case through the review, names no withheld witness, and is logged when sent', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const { id: applicationId } = await app.must('casereview:apply', { caseId: c.id, applicantPartyId: c.complainant.id, receivedOn: '2026-11-21', receivedVia: 'council' });
    await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'Threats to burn her door: the harm is serious, whatever the count.' });
    await app.must('casereview:recordReview', { caseId: c.id, applicationId, leadBody: 'Islington Council', meetingOn: '2026-11-21', attendees: ['Council ASB lead'], decision: 'The response has not been enough so far.' });

    const choice = (await app.must('document:templates', { caseId: c.id })).find((t) => t.id === 'case-review-summary')!;
    expect(choice.fits, choice.reason ?? '').toBe(true);
    expect(choice.recipients.map((r) => r.label)).toEqual(['Islington Council (the ASB case review panel)']);
    const request = { caseId: c.id, templateId: 'case-review-summary', partyId: null, actionId: null, referralId: null, slots: { panelAddress: 'Islington Council\nTown Hall, Upper Street\nLondon N1 2UD' } };

    // Not made until the witness's passages are reviewed; the applicant (the complainant) is not among them.
    expect(await app.call('document:generate', request)).toMatchObject({ ok: false, error: { message: expect.stringContaining('George Pike') } });
    const review = await app.must('document:review', request);
    expect(review.withheld).toEqual(['George Pike']);
    for (const item of review.items) await app.must('document:decide', { request, key: item.key, decision: 'accept' });

    const doc = await app.must('document:generate', request);
    const { model } = await app.must('document:get', { id: doc.id });
    const text = modelText(model);
    // The reports (this case's words), why each counts, the threshold count and decision, the actions.
    expect(text).toContain('Case summary for the ASB case review');
    expect(text).toContain('Kyle Whitcombe shouted racist abuse at Amira Haddad on the stairs.');
    expect(text).toContain('Darren Whitcombe threatened to burn Amira Haddad’s door;');
    expect(text).toContain('From our record, 2 of 3 qualifying complaints were made between 22/05/2026 and 21/11/2026.');
    expect(text).toContain('The threshold was decided as met on 21/11/2026. Threats to burn her door');
    expect(text).toContain('First written warning');
    expect(text).toContain('Final written warning');
    expect(text).toContain('Amira Haddad applied for a review on 21/11/2026');
    expect(model.addressee).toEqual(['Islington Council', 'Town Hall, Upper Street', 'London N1 2UD']);
    // The witness is not named, in the model or in either file read back.
    const pdf = await pdfText((await app.must('document:export', { id: doc.id, format: 'pdf' })).bytes);
    const docx = docxText((await app.must('document:export', { id: doc.id, format: 'docx' })).bytes);
    for (const [what, words] of [
      ['model', text],
      ['PDF', pdf.pages.join('\n')],
      ['DOCX', docx.body],
    ] as const) {
      const flat = words.replace(/\s+/g, ' ');
      expect(flat, what).not.toMatch(/George|Pike|6 Elm Road|020 7946 0018/);
      expect(flat, what).toContain('threatened to burn');
      expect(flat, what).toContain('2 of 3 qualifying complaints');
    }
    expect([...pdf.roles]).toEqual(expect.arrayContaining(['H1', 'Table']));

    // Made is not disclosed; sent, it is in the disclosure log as to the panel.
    expect((await app.must('disclosure:list', { partyIds: [] })).filter((d) => d.what === model.title)).toHaveLength(0);
    await app.must('document:recordSent', { id: doc.id, how: 'email', at: '2026-11-21T09:00:00Z' });
    const logged = (await app.must('disclosure:list', { partyIds: [] })).filter((d) => d.what === model.title);
    expect(logged).toEqual([expect.objectContaining({ kind: 'letter', recipient: 'Islington Council (the ASB case review panel)', caseRef: c.ref })]);
  });
});
