/**
 * Words the court prescribes, written once (reference/law.md §5.3, bundles.md §1.4). Letters and witness
 * statements (main/documents) and the bundle's court documents (main/bundles/engine/documents.ts) take
 * them from here, so they cannot drift apart. Each is tested word for word.
 */

/** PD 22 para 2.2, since 6 April 2020: a witness statement's statement of truth, exactly these words. */
export const WITNESS_STATEMENT_OF_TRUTH =
  'I believe that the facts stated in this witness statement are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.';

/** PD 22 para 2.1 (the form for a claim form, made on the Claimant's behalf). */
export const CLAIM_FORM_STATEMENT_OF_TRUTH =
  'The Claimant believes that the facts stated in this claim form are true. The Claimant understands that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.';

/** The penal notice boxed at the head of the draft injunction order (reference/law.md §5.3: "draft order … penal notice"). */
export function penalNotice(defendant: string): string {
  return `IF YOU, ${defendant.toUpperCase()}, DO NOT COMPLY WITH THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT AND IMPRISONED, FINED OR HAVE YOUR ASSETS SEIZED.`;
}

/**
 * CPR 65.43(2)(d) (June 2023): the words an application for an injunction under the 2014 Act must include.
 * Checked word for word on 05/12/2026 against legislation.gov.uk/uksi/1998/3132/rule/65.43 ("(d) must include
 * a statement that the respondent is entitled to … without any means test"); the same rule's (2)(c) is the
 * witness statement filed with the claim form, which the application cites for its evidence.
 */
export const LEGAL_AID_WORDS =
  'the respondent is entitled to a reasonable opportunity to obtain legal representation and to apply for legal aid which may be available without any means test';

/** The sentence carrying them, in the application and on the draft order. */
export const LEGAL_AID_STATEMENT = `As rule 65.43(2)(d) of the Civil Procedure Rules requires, the Claimant states that ${LEGAL_AID_WORDS}.`;

/**
 * ASBCPA 2014 s.2(1), word for word (legislation.gov.uk, Part 1 as in force): the three limbs of
 * "anti-social behaviour". The application pleads which the Claimant relies on (issue 15).
 */
export const CONDUCT_LIMBS = {
  a: 'conduct that has caused, or is likely to cause, harassment, alarm or distress to any person',
  b: 'conduct capable of causing nuisance or annoyance to a person in relation to that person’s occupation of residential premises',
  c: 'conduct capable of causing housing-related nuisance or annoyance to any person',
} as const;
export type ConductLimb = keyof typeof CONDUCT_LIMBS;

/**
 * ASBCPA 2014 s.3(1) and (2), word for word (legislation.gov.uk, Part 1, "Contents of injunctions", in
 * force from 23/03/2015): each requirement names who supervises compliance with it, and the court hears
 * from that person or body about it first. The application quotes them in quotation marks.
 */
export const SUPERVISION_WORDS = 'An injunction under section 1 that includes a requirement must specify the person who is to be responsible for supervising compliance with the requirement.';
export const SUPERVISOR_MAY_BE = 'The person may be an individual or an organisation.';
export const SUITABILITY_WORDS = 'Before including a requirement, the court must receive evidence about its suitability and enforceability from';

/** Who applies (ASBCPA 2014 s.5(1)): a housing provider is paragraph (b), a local authority paragraph (a). */
export const APPLICANT_PARAGRAPH = { 'local-authority': '5(1)(a)', 'housing-provider': '5(1)(b)' } as const;
export const APPLICANT_WORDS = { 'local-authority': 'a local authority', 'housing-provider': 'a housing provider' } as const;
export type ApplicantStatus = keyof typeof APPLICANT_PARAGRAPH;

/**
 * The grounds on which a power of arrest may be attached to a term (ASBCPA 2014 s.4(1)), and on which a
 * respondent may be excluded from their home (s.13): said in the order against each term. Unlike ss.2(1)
 * and 3 above, the text of ss.4 and 13 could not be found to check them against (issue 15: the stored
 * copies of legislation.gov.uk and its mirrors searched held ss.1–3 and 9–10 but not 4, 5 or 13; Halsbury's
 * summary of s.13 confirms the three conditions, not the words). So they are printed as the Claimant's
 * own words, never in quotation marks: they follow reference/law.md §5.3 and the same test in the Police
 * and Justice Act 2006 s.27(3) ("consists of or includes the use or threatened use of violence"; "a
 * significant risk of harm"), which was checked. A lawyer should confirm them against the Act.
 * Searched again on 05/12/2026 (the stored pages and code, by the sections' addresses and by their
 * likely words): still no primary text of ss.4, 5(3) or 13. Two secondary summaries agree with the
 * substance: Halsbury's Laws paras 374–375 (lexisnexis.co.uk: a power of arrest attached "to a
 * prohibition or requirement" where the court thinks the behaviour involves violence or a significant
 * risk of harm; exclusion from home only for an adult, on the application of a local authority, the
 * police or the housing provider owning or managing the premises) and a practitioners' note
 * (swinburnemaddison.co.uk). Neither gives the Act's words in full, so these stay unquoted.
 * Searched a third time on 05/12/2026 (issue 15's last pass): legislation.gov.uk's stored pages give s.1 in
 * full (part/1, "Injunctions": s.1(6)'s period, 12 months at most under 18, matches durationWords) and
 * ss.2–3, but still no page holding ss.4, 5 or 13; Halsbury's paras 374 and 375 again agree in substance
 * (s.4: "may attach a power of arrest to a prohibition or requirement of the injunction if it thinks that
 * the anti-social behaviour in which the respondent has engaged …", cut off there; s.13: aged 18 or over,
 * on the application of a local authority, the police or the housing provider owning or managing the
 * premises, and violence or a significant risk of harm). The words stay the Claimant's own, unquoted.
 */
export const HARM_GROUNDS = {
  violence: 'the anti-social behaviour consists of or includes the use or threatened use of violence against other persons',
  'risk-of-harm': 'there is a significant risk of harm to other persons from the Defendant',
} as const;
export type HarmGround = keyof typeof HARM_GROUNDS;

/** Section 1(6): the order says how long it lasts; for someone under 18, a period of 12 months at most. */
export function durationWords(d: { months: number | null; untilFurtherOrder: boolean }): string {
  if (d.untilFurtherOrder) return 'This order has effect until further order.';
  if (d.months) return `This order has effect for ${d.months} month${d.months === 1 ? '' : 's'} from the date it is made, unless varied or discharged before then.`;
  return 'This order has effect for [the period to be specified].';
}

/** The N16A words for a prohibition, with the respondent's own reflexive pronoun. */
export function forbiddenWords(reflexive: string): string {
  return `whether by ${reflexive} or by instructing or encouraging or permitting any other person`;
}

/** "IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH": the hearing centre's name printed once. */
export function countyCourtHeading(centre: string): string {
  return `IN THE COUNTY COURT AT ${centre.toUpperCase() || '…'}`;
}

/**
 * PD 32 para 23.2: the translator signs and certifies the English translation of a statement made in
 * another language. The default wording; the translator may word it otherwise.
 */
export function translatorCertificate(translator: string, language: string, maker: string): string {
  return `I, ${translator}, certify that I am competent to translate from ${language} into English, and that the document attached is a true and accurate English translation of the witness statement of ${maker} made in ${language}.`;
}

/**
 * PD 22 para 2.1's form for a certificate of service (N215): made by the person who served the document,
 * in the first person. The one copy (issue 15).
 */
export const CERTIFICATE_STATEMENT_OF_TRUTH =
  'I believe that the facts stated in this certificate are true. I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.';
