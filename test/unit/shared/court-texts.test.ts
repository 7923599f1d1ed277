import { describe, expect, it } from 'vitest';
import { renderApplication, renderDraftOrder } from '../../../main/bundles/engine/documents';
import type { BundleContent } from '../../../main/bundles/engine/content';
import { fontMetrics } from '../../../main/pdf/fonts';
import { CERTIFICATE_STATEMENT_OF_TRUTH, CONDUCT_LIMBS, LEGAL_AID_STATEMENT, LEGAL_AID_WORDS, penalNotice, WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import { renderCertificate } from '../../../main/bundles/engine/court-extras';

/**
 * Words the court prescribes, written once (shared/court/texts.ts) and printed word for word where the
 * court needs them. Layout wraps lines, so the printed words are compared with spacing made even.
 */
const content = {
  heading: { court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL123', claimant: 'Circle 33 Housing Trust', defendant: 'Darren Whitcombe', youthCourt: false },
  application: {
    applicantParagraph: '5(1)(b)',
    applicantWords: 'a housing provider',
    housingManagementLink: 'The Defendant is the Claimant’s tenant',
    conductLimbs: [{ limb: 'a', words: CONDUCT_LIMBS.a }],
    terms: [{ ref: '1(a)', kind: 'prohibition', text: 'entering Elm Road', powerOfArrest: false, ground: null, plan: null }],
    homeExclusion: null,
    duration: { months: 12, untilFurtherOrder: false },
    reflexive: 'himself',
    withoutNotice: false,
    withoutNoticeJustification: '',
    respondentAddress: '2 Elm Road',
    respondentAge: 41,
    supportingStatements: ['Ada Lovelace dated 21/11/2026'],
    youthOffendingTeamConsultedOn: null,
    signedFor: 'Circle 33 Housing Trust',
    date: '21/11/2026',
  },
} as unknown as BundleContent;

const printed = (pages: ReturnType<typeof renderApplication>) =>
  pages
    .flatMap((p) => p.ops)
    .map((o) => (o.t === 'text' ? o.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ');

describe('court texts (shared/court/texts.ts)', () => {
  it('carry the words of CPR 65.43(2)(d) exactly, in the application and on the draft order', () => {
    expect(LEGAL_AID_WORDS).toBe('the respondent is entitled to a reasonable opportunity to obtain legal representation and to apply for legal aid which may be available without any means test');
    expect(LEGAL_AID_STATEMENT).toContain(LEGAL_AID_WORDS);
    const m = fontMetrics();
    expect(printed(renderApplication(m, content))).toContain(LEGAL_AID_WORDS);
    expect(printed(renderDraftOrder(m, content))).toContain(LEGAL_AID_WORDS);
  });

  it('put the penal notice, naming the defendant, at the head of the draft order', () => {
    const order = printed(renderDraftOrder(fontMetrics(), content));
    expect(order).toContain('PENAL NOTICE');
    expect(order).toContain(penalNotice('Darren Whitcombe'));
    expect(penalNotice('Darren Whitcombe')).toBe('IF YOU, DARREN WHITCOMBE, DO NOT COMPLY WITH THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT AND IMPRISONED, FINED OR HAVE YOUR ASSETS SEIZED.');
  });

  it('have one statement of truth for letters and bundles (PD 22 para 2.2)', () => {
    expect(WITNESS_STATEMENT_OF_TRUTH).toMatch(/^I believe that the facts stated in this witness statement are true\. /);
  });

  it('give a certificate of service PD 22 para 2.1’s statement of truth, printed word for word', () => {
    expect(CERTIFICATE_STATEMENT_OF_TRUTH).toBe(
      'I believe that the facts stated in this certificate are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.',
    );
    const certificate = { document: 'The notice of hearing', servedOn: 'Darren Whitcombe', method: 'First class post', stepWords: 'posted', stepOn: '22/05/2026', stepAt: null, placeLabel: 'The address it was posted to', place: '2 Elm Road', deemedOn: '26/05/2026', deemedWhy: 'The second day after posting is not a business day.', servedBy: 'Olu Adeyemi', position: '', signedOn: '22/05/2026' };
    const text = printed(renderCertificate(fontMetrics(), content, certificate));
    expect(text).toContain(CERTIFICATE_STATEMENT_OF_TRUTH);
    expect(text).toContain('Statement of truth');
  });
});
