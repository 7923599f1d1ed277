import { describe, expect, it } from 'vitest';
import type { ApplicationContent, BundleContent } from '../../../main/bundles/engine/content';
import { renderApplication, renderDraftOrder } from '../../../main/bundles/engine/court-papers';
import { fontMetrics } from '../../../main/pdf/fonts';
import { HARM_GROUNDS } from '../../../shared/court/texts';

/**
 * Issue 15, the words of the draft order for the harder cases: an area kept out of by a prohibition that
 * points to its exhibited plan, a s.13 exclusion from the respondent's own home with its ground, powers
 * of arrest on different terms for different grounds, an order until further order, and a court typed
 * with "County Court" around its name.
 */
const application: ApplicationContent = {
  applicantParagraph: '5(1)(b)',
  applicantWords: 'a housing provider',
  housingManagementLink: 'The Defendant is the Claimant’s tenant',
  conductLimbs: [],
  terms: [
    { ref: '1(a)', kind: 'prohibition', text: 'using or threatening violence against anyone in Elm Court', powerOfArrest: true, ground: HARM_GROUNDS.violence, plan: null, supervisor: '', suitabilityEvidence: '' },
    { ref: '1(b)', kind: 'prohibition', text: 'entering the second-floor landing of Elm Court', powerOfArrest: true, ground: HARM_GROUNDS['risk-of-harm'], plan: 'AH3', supervisor: '', suitabilityEvidence: '' },
    { ref: '2(a)', kind: 'requirement', text: 'attend a course', powerOfArrest: false, ground: null, plan: null, supervisor: 'Ipswich Support Services', suitabilityEvidence: '' },
  ],
  homeExclusion: { premises: '16 Elm Court, Ipswich IP1 2AB', ground: HARM_GROUNDS.violence },
  duration: { months: null, untilFurtherOrder: true },
  reflexive: 'himself',
  withoutNotice: false,
  withoutNoticeJustification: '',
  respondentAddress: '16 Elm Court',
  respondentAge: 42,
  supportingStatements: ['Ada Lovelace dated 21/11/2026', 'Statement of the caretaker'],
  youthOffendingTeamConsultedOn: null,
  signedFor: 'Lena Legal, for Circle 33',
  date: '21/11/2026',
};
const content = { heading: { court: 'Ipswich County Court', claimNumber: 'K00IP123', claimant: 'Circle 33', defendant: 'Mr Darren Whitlock', youthCourt: false }, application } as unknown as BundleContent;
const text = (pages: ReturnType<typeof renderDraftOrder>) =>
  pages
    .flatMap((p) => p.ops)
    .map((o) => (o.t === 'text' ? o.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ');

describe('the draft order', () => {
  const order = text(renderDraftOrder(fontMetrics(), content));
  it('names the court once, from what was typed', () => {
    expect(order).toContain('IN THE COUNTY COURT AT IPSWICH Claim No.');
    expect(order).not.toContain('IPSWICH COUNTY COURT');
  });
  it('points an area prohibition to its plan, attached to the order', () => {
    expect(order).toContain('(b) entering the second-floor landing of Elm Court, as shown on the plan marked ‘AH3’ attached to this order');
  });
  it('excludes from the respondent’s own home under s.13, with its ground', () => {
    expect(order).toContain('5. The Defendant is excluded from 16 Elm Court, Ipswich IP1 2AB, the place where the Defendant normally lives, and must not enter it (section 13 of the Act), the court being satisfied that the anti-social behaviour consists of or includes the use or threatened use of violence against other persons.');
  });
  it('names the terms each power of arrest attaches to, with each ground', () => {
    expect(order).toContain('6. A power of arrest is attached to paragraph 1(a) of this order (section 4 of the Act), the court being satisfied that the anti-social behaviour consists of or includes the use or threatened use of violence against other persons.');
    expect(order).toContain('7. A power of arrest is attached to paragraph 1(b) of this order (section 4 of the Act), the court being satisfied that there is a significant risk of harm to other persons from the Defendant.');
  });
  it('names who supervises each requirement (s.3(1)) and what the Defendant owes them (s.3(6))', () => {
    expect(order).toContain('3. The person responsible for supervising compliance with each requirement (section 3(1) of the Act) is: (a) for paragraph 2(a), Ipswich Support Services.');
    expect(order).toContain('4. The Defendant must keep in touch with the person responsible for supervising compliance with each requirement');
  });
  it('says how long it lasts, and joins the statements read with "and"', () => {
    expect(order).toContain('8. This order has effect until further order.');
    expect(order).toContain('AND UPON reading the witness statements of Ada Lovelace dated 21/11/2026 and Statement of the caretaker');
    expect(order).toContain('whether by himself or by instructing');
  });
});

describe('the application', () => {
  const app = text(renderApplication(fontMetrics(), content));
  it('asks for each power of arrest on named terms, and for the order until further order', () => {
    expect(app).toContain('That a power of arrest be attached to term 1(a) above (section 4 of the Act), because the anti-social behaviour consists of or includes');
    expect(app).toContain('That the order have effect until further order (section 1(6) of the Act).');
    expect(app).toContain('as shown on the plan marked ‘AH3’');
  });
  it('quotes s.3(1) and (2), and says the supervisor will give the evidence of suitability at the hearing when none is recorded', () => {
    expect(app).toContain('Section 3(1) of the Act provides: “An injunction under section 1 that includes a requirement must specify the person who is to be responsible for supervising compliance with the requirement. The person may be an individual or an organisation.”');
    expect(app).toContain('That evidence is: as to requirement 2(a), Ipswich Support Services will give it at the hearing.');
  });
});
