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

/** CPR 65.43(2)(d) (June 2023): the words an application for an injunction under the 2014 Act must include. */
export const LEGAL_AID_WORDS =
  'the respondent is entitled to a reasonable opportunity to obtain legal representation and to apply for legal aid which may be available without any means test';

/** The sentence carrying them, in the application and on the draft order. */
export const LEGAL_AID_STATEMENT = `As rule 65.43(2)(d) of the Civil Procedure Rules requires, the Claimant states that ${LEGAL_AID_WORDS}.`;

/**
 * PD 32 para 23.2: the translator signs and certifies the English translation of a statement made in
 * another language. The default wording; the translator may word it otherwise.
 */
export function translatorCertificate(translator: string, language: string, maker: string): string {
  return `I, ${translator}, certify that I am competent to translate from ${language} into English, and that the document attached is a true and accurate English translation of the witness statement of ${maker} made in ${language}.`;
}
