import { describe, expect, it } from 'vitest';
import type { PartyView } from '../../../shared/schemas/cases';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';

const temp = useTempDirs();

type Applicant = { applicantPartyId: number } | { applicantName: string; applicantAddress: string; consentOn: string };

/** The panel's case summary for an application, and the review item for the witness's name in it. */
async function summaryFor(app: TestApp, applicant: (complainant: PartyView) => Applicant) {
  const c = await richCase(app);
  const { id: applicationId } = await app.must('casereview:apply', { caseId: c.id, ...applicant(c.complainant), receivedOn: '2026-11-21', receivedVia: 'council' });
  await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'Threats to burn her door: the harm is serious, whatever the count.' });
  await app.must('casereview:recordReview', { caseId: c.id, applicationId, leadBody: 'Islington Council', meetingOn: '2026-11-21', attendees: ['Council ASB lead'], decision: 'The response has not been enough so far.' });
  const request = { caseId: c.id, templateId: 'case-review-summary', partyId: null, actionId: null, referralId: null, slots: { panelAddress: 'Islington Council\nTown Hall, Upper Street\nLondon N1 2UD' } };
  const review = await app.must('document:review', request);
  // The witness, George Pike, is named in the second incident's words.
  const item = review.items.find((i) => i.person === 'George Pike')!;
  return { request, item };
}

const NAMES_APPLICANT = 'Darren Whitcombe threatened to burn Amira Haddad’s door; a neighbour heard it.';

/**
 * Issue 20: the officer rewords a passage of the panel's case summary. The applicant's own details go to
 * the panel with their application, so naming the applicant is allowed in a rewording as in the letter
 * itself; anyone else (the witness, or a complainant who did not apply) is still caught.
 */
describe('the check of a reworded case summary knows who the applicant is (issue 20)', () => {
  it('accepts the applicant’s name in a reworded passage, and still refuses the witness’s', async () => {
    const app = await makeWorkspace(temp());
    const { request, item } = await summaryFor(app, (complainant) => ({ applicantPartyId: complainant.id }));
    expect(await app.call('document:decide', { request, key: item.passageKey, decision: 'reword', text: 'Darren Whitcombe threatened to burn Amira Haddad’s door; Mr Pike heard it.' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('George Pike') },
    });
    const decided = await app.must('document:decide', { request, key: item.passageKey, decision: 'reword', text: NAMES_APPLICANT });
    expect(decided.toReview).toBe(0);
    const doc = await app.must('document:generate', request);
    const { model } = await app.must('document:get', { id: doc.id });
    expect(JSON.stringify(model)).toContain(NAMES_APPLICANT);
    expect(JSON.stringify(model)).not.toContain('Pike');
  });

  it('still refuses a rewording that names the complainant when someone else applied', async () => {
    const app = await makeWorkspace(temp());
    const { request, item } = await summaryFor(app, () => ({ applicantName: 'Pat Neighbour', applicantAddress: '9 Oak House, London', consentOn: '2026-11-20' }));
    expect(await app.call('document:decide', { request, key: item.passageKey, decision: 'reword', text: NAMES_APPLICANT })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Amira Haddad') },
    });
  });
});
