import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { richCase, type RichCase } from '../documents/fixture';

const temp = useTempDirs();

/** A letter to the applicant, as the Letters screen asks for it (the one recipient the template offers). */
const letter = (c: RichCase, templateId: string, slots: Record<string, string> = {}) => ({ caseId: c.id, templateId, partyId: null, actionId: null, referralId: null, slots });

async function applied(app: TestApp, applicant: (c: RichCase) => Partial<ChannelInput<'casereview:apply'>>) {
  const c = await richCase(app);
  const { id } = await app.must('casereview:apply', { caseId: c.id, receivedOn: '2026-11-21', receivedVia: 'council', ...applicant(c) });
  return { c, applicationId: id };
}

/**
 * Issue 20, "an applicant who is not a party on the case": the acknowledgement, threshold and outcome
 * letters go to the applicant at the address recorded with the application. The disclosure guard reads
 * them as that applicant: acting for the victim with the victim's consent, they may be told what the
 * victim may be told; otherwise only what concerns their own application (the case is Amira Haddad's;
 * George Pike is a witness on it).
 */
describe('letters to an ASB case review applicant who is not on the case (issue 20)', () => {
  it('are addressed to them at the address on the application, read back from the PDF', async () => {
    const app = await makeWorkspace(temp());
    const { c } = await applied(app, () => ({ applicantName: 'Pat Neighbour', applicantAddress: 'Flat 9, Oak House\nHolloway Road\nLondon', applicantPostcode: 'n7 6pa', consentOn: '2026-11-20' }));
    const choice = (await app.must('document:templates', { caseId: c.id })).find((t) => t.id === 'case-review-acknowledgement')!;
    expect(choice.fits, choice.reason ?? '').toBe(true);
    expect(choice.recipients.map((r) => r.label)).toEqual(['Pat Neighbour (the applicant, not on the case)']);

    const doc = await app.must('document:generate', letter(c, 'case-review-acknowledgement', { decisionBy: '2026-12-05' }));
    expect(doc).toMatchObject({ recipientDescription: 'Pat Neighbour (the applicant, not on the case)' });
    const { model } = await app.must('document:get', { id: doc.id });
    expect(model.addressee).toEqual(['Pat Neighbour', 'Flat 9', 'Oak House', 'Holloway Road', 'London', 'N7 6PA']);
    const text = pdfText((await app.must('document:export', { id: doc.id, format: 'pdf' })).bytes, 1, 2).replace(/\s+/g, ' ');
    // The address block sits beside the letter's date and reference: its lines in order, above the greeting.
    expect(text).toMatch(/Pat Neighbour .*Flat 9 .*Oak House .*Holloway Road .*London N7 6PA .*Dear Pat Neighbour,/);
    expect(text).toContain('Dear Pat Neighbour,');
    expect(text).toContain('It was received on 21/11/2026');
    // Nothing of the complainant's record is in it: not her name, nor her address.
    expect(text).not.toMatch(/Amira|Haddad|4 Elm Road/);
  });

  it('refuses a letter that would name a witness or the victim to an applicant without the victim’s consent', async () => {
    const app = await makeWorkspace(temp());
    const { c, applicationId } = await applied(app, () => ({ applicantName: 'Pat Neighbour', applicantAddress: 'Flat 9, Oak House\nHolloway Road\nLondon', applicantPostcode: 'N7 6PA', consentOn: '2026-11-20' }));
    await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'George Pike heard the threat to burn the door: the harm is serious.' });
    const refused = await app.call('document:generate', letter(c, 'case-review-threshold'));
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('George Pike (witness)') } });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('This document to Pat Neighbour') } });
    // The victim's name in the officer's own words is refused too: Pat did not apply for her.
    await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'The threat to burn the door was serious harm.' });
    expect(await app.call('document:generate', letter(c, 'case-review-threshold', { next: 'We will visit Amira Haddad next week.' }))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Amira Haddad (complainant)') },
    });
    const preview = await app.must('document:preview', letter(c, 'case-review-threshold', { next: 'The review meeting will be in December.' }));
    expect(preview.refusal).toBeNull();
    expect(preview.notes).toContain('Pat Neighbour is not on the case and did not apply for the victim with their consent: the letter may tell them only about their own application.');
  });

  it('may tell an applicant acting for the victim with her consent what the victim may be told', async () => {
    const app = await makeWorkspace(temp());
    const { c, applicationId } = await applied(app, (rc) => ({
      applicantName: 'Yusuf Haddad',
      applicantAddress: '12 Mill Lane\nLondon',
      applicantPostcode: 'N7 0AA',
      onBehalf: true,
      victimPartyId: rc.complainant.id,
      consentOn: '2026-11-20',
    }));
    await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'The threat to burn the door was serious harm.' });
    // The officer's words name the victim and her home: allowed, since she consented to Yusuf applying for her.
    const made = await app.must('document:generate', letter(c, 'case-review-threshold', { next: 'We will visit Amira Haddad at 4 Elm Road next week.' }));
    const { model } = await app.must('document:get', { id: made.id });
    expect(model.addressee).toEqual(['Yusuf Haddad', '12 Mill Lane', 'London', 'N7 0AA']);
    const text = pdfText((await app.must('document:export', { id: made.id, format: 'pdf' })).bytes, 1, 2).replace(/\s+/g, ' ');
    expect(text).toContain('Dear Yusuf Haddad,');
    expect(text).toContain('We will visit Amira Haddad at 4 Elm Road next week.');
    expect(made.notes).toContain('Yusuf Haddad applied for Amira Haddad, who consented on 20/11/2026: the letter may tell them what it could tell Amira Haddad.');
  });

  it('records a non-party applicant only with a valid postal address, and a party applicant with none', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const base = { caseId: c.id, receivedOn: '2026-11-21', receivedVia: 'council' as const, consentOn: '2026-11-20' };
    expect(await app.call('casereview:apply', { ...base, applicantName: 'Pat Neighbour' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Enter the applicant’s postal address') } });
    expect(await app.call('casereview:apply', { ...base, applicantName: 'Pat Neighbour', applicantAddress: 'Flat 9, Oak House', applicantPostcode: 'NOT A CODE' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Enter a UK postcode such as N1 1AA') },
    });
    expect(await app.call('casereview:apply', { ...base, applicantPartyId: c.complainant.id, applicantAddress: '4 Elm Road' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('letters go to the address on their record') },
    });
    expect((await app.must('casereview:get', { caseId: c.id })).applications).toEqual([]);
  });

  it('says what is missing for an application recorded without an address (before 0038), and writes to the address recorded later', async () => {
    const app = await makeWorkspace(temp());
    const { c, applicationId } = await applied(app, () => ({ applicantName: 'Pat Neighbour', applicantAddress: 'Flat 9, Oak House', consentOn: '2026-11-20' }));
    // As an application recorded before migration 0038 holds it: no address for someone not on the case.
    app.core.sessions.current()!.ws.db.prepare("UPDATE case_review_applications SET applicant_address = '', applicant_postcode = ''").run();
    const slots = { decisionBy: '2026-12-05' };
    expect(await app.call('document:generate', letter(c, 'case-review-acknowledgement', slots))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('which was not recorded with Pat Neighbour’s application') },
    });
    expect(await app.call('casereview:applicantAddress', { caseId: c.id, applicationId, address: ' ' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Enter the applicant’s postal address') } });
    const view = await app.must('casereview:applicantAddress', { caseId: c.id, applicationId, address: '2 Birch Close\nLondon', postcode: 'n7 6pb' });
    expect(view).toMatchObject({ applicantAddress: '2 Birch Close\nLondon', applicantPostcode: 'N7 6PB' });
    const doc = await app.must('document:generate', letter(c, 'case-review-acknowledgement', slots));
    expect((await app.must('document:get', { id: doc.id })).model.addressee).toEqual(['Pat Neighbour', '2 Birch Close', 'London', 'N7 6PB']);
    // A party applicant's address is their party record's, changed there.
    const other = await app.must('casereview:apply', { caseId: c.id, applicantPartyId: c.complainant.id, receivedOn: '2026-11-21', receivedVia: 'partner' });
    expect(await app.call('casereview:applicantAddress', { caseId: c.id, applicationId: other.id, address: '2 Birch Close' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('The applicant is on the case') },
    });
  });
});
