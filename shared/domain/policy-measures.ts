import type { CodeOf } from './vocabulary';

const vocab = <const T extends readonly { code: string; label: string }[]>(items: T) => items;

/**
 * The words of issue 18's policy gaps (items 2, 4–7, 11) as data: who agreed to others being
 * interviewed (P4.9), the outcomes of legal and police action (P5.10, P5.17–5.20 and the policy's
 * Appendix 1), safety measures (P3.17) and the other formats a letter was sent in (P8.3).
 */

/**
 * P4.9: "and the complainant is happy for us to do so, we will also interview the alleged perpetrator and
 * any other witnesses or victims". Agreement lets interviews go ahead; a refusal stops them; the other
 * bases are the reasons to go ahead without it (the policy's own exceptions elsewhere: P3.14 police and
 * social services, P5.8 police action), and each needs its reason written down.
 */
export const INTERVIEW_BASES = vocab([
  { code: 'agreed', label: 'The complainant agreed' },
  { code: 'declined', label: 'The complainant did not agree' },
  { code: 'police-involved', label: 'Going ahead without agreement: the police are involved' },
  { code: 'safeguarding', label: 'Going ahead without agreement: someone is at risk' },
  { code: 'no-complainant', label: 'Going ahead without agreement: there is no complainant to ask (anonymous report)' },
]);
export type InterviewBasis = CodeOf<typeof INTERVIEW_BASES>;
/** Bases that let others be interviewed. */
export const INTERVIEW_ALLOWED: readonly InterviewBasis[] = ['agreed', 'police-involved', 'safeguarding', 'no-complainant'];

/** The policy's Appendix 1: offences that can be prosecuted (P5.17), with their Acts, in its order. */
export const APPENDIX_1_OFFENCES = vocab([
  { code: 'gbh-abh', label: 'Grievous or actual bodily harm (Offences against the Person Act 1861)' },
  { code: 'common-assault', label: 'Common assault (Criminal Justice Act 1988)' },
  { code: 'criminal-damage', label: 'Criminal damage (Criminal Damage Act 1971)' },
  { code: 'threatening-behaviour', label: 'Threatening words or behaviour (Public Order Act 1986)' },
  { code: 'intentional-harassment', label: 'Intentional harassment, alarm or distress (Public Order Act 1986)' },
  { code: 'disorderly-conduct', label: 'Disorderly conduct (Public Order Act 1986)' },
  { code: 'harassment', label: 'Harassment or stalking without violence (Protection from Harassment Act 1997)' },
  { code: 'harassment-fear-of-violence', label: 'Harassment or stalking with fear of violence (Protection from Harassment Act 1997)' },
  { code: 'racial-hatred-words', label: 'Racial hatred: words, behaviour or written material (Public Order Act 1986)' },
  { code: 'racial-hatred-publish', label: 'Racial hatred: publishing or distributing written material (Public Order Act 1986)' },
  { code: 'malicious-communications', label: 'Letter or article sent to cause distress or anxiety (Malicious Communications Act 1988)' },
  { code: 'nuisance-calls', label: 'Nuisance phone calls (Telecommunications Act 1984)' },
  { code: 'direction-to-leave-breach', label: 'Breach of a direction to leave (Criminal Justice and Police Act 2001, P5.20)' },
  { code: 'other', label: 'Another offence' },
]);
export type Offence = CodeOf<typeof APPENDIX_1_OFFENCES>;

/** What came of a police measure (P5.17–5.20). */
export const POLICE_OUTCOMES = vocab([
  { code: 'no-further-action', label: 'No further action' },
  { code: 'caution-given', label: 'Caution or community resolution given' },
  { code: 'charged-awaiting', label: 'Charged, awaiting trial' },
  { code: 'convicted', label: 'Convicted' },
  { code: 'convicted-aggravated', label: 'Convicted, with the sentence raised for hostility (P5.19)' },
  { code: 'acquitted', label: 'Acquitted' },
  { code: 'restraining-order', label: 'Convicted or acquitted, with a restraining order' },
  { code: 'direction-to-leave', label: 'Directed to leave (P5.20)' },
]);
export type PoliceOutcome = CodeOf<typeof POLICE_OUTCOMES>;

/** Who a costs order is against. */
export const COSTS_PAYERS = vocab([
  { code: 'respondent', label: 'The other side pays our costs' },
  { code: 'partner', label: 'We pay the other side’s costs' },
]);

/** P3.17: target-hardening and safety measures. */
export const SAFETY_MEASURE_KINDS = vocab([
  { code: 'locks', label: 'New or extra locks' },
  { code: 'door-entry', label: 'Door entry system' },
  { code: 'cctv', label: 'CCTV' },
  { code: 'sanctuary', label: 'Sanctuary scheme' },
  { code: 'alarm', label: 'Personal or home alarm' },
  { code: 'lighting', label: 'Security lighting' },
  { code: 'letterbox', label: 'Fire-proof letterbox' },
  { code: 'management-move', label: 'Management move' },
  { code: 'other', label: 'Another measure' },
]);
export type SafetyMeasureKind = CodeOf<typeof SAFETY_MEASURE_KINDS>;
export const SAFETY_STATUSES = vocab([
  { code: 'offered', label: 'Offered' },
  { code: 'fitted', label: 'Fitted or done' },
  { code: 'declined', label: 'Declined' },
]);
export type SafetyStatus = CodeOf<typeof SAFETY_STATUSES>;

/** P8.3: a letter sent in another format than the print Hearth makes. */
export const SENT_FORMATS = vocab([
  { code: 'braille', label: 'Braille' },
  { code: 'audio', label: 'Audio' },
  { code: 'translation', label: 'Translation' },
  { code: 'plain-text', label: 'Plain text (e-mail or screen reader)' },
]);
export type SentFormat = CodeOf<typeof SENT_FORMATS>;

/** The reason stored on a case link that joins a complaint and the counter-allegation (P4.7). */
export const COUNTER_ALLEGATION = 'counter-allegation';
