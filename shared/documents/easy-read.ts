import type { Act } from '../domain/vocabulary';

/**
 * Easy Read words (issue 19; the UK government's Easy Read guidance): plain words for the incident kinds
 * whose labels are jargon, the words an Easy Read letter must not use unexplained, and the long date
 * ("Monday 4 January 2027") Easy Read asks for instead of 04/01/2027.
 */

/** What each kind of incident is, in everyday words. */
export const EASY_ACTS: Record<Act, string> = {
  'discriminatory-language': 'saying or doing nasty things because of who someone is',
  'verbal-abuse': 'shouting or saying nasty things',
  'abusive-words-or-behaviour': 'saying or doing nasty things',
  violence: 'hurting someone',
  'threat-of-violence': 'saying you will hurt someone',
  assault: 'hitting or hurting someone',
  'damage-to-home': 'damaging someone’s home or things, or saying you will',
  'criminal-damage': 'breaking or damaging things on purpose',
  vandalism: 'breaking or damaging things on purpose',
  graffiti: 'writing or drawing nasty things on walls',
  'hate-mail': 'sending nasty letters or notes',
  nuisance: 'making life hard for people who live nearby',
};

/** Words and phrases an Easy Read letter must not use (legal and office words, Latin). */
export const EASY_READ_JARGON: readonly string[] = [
  'criminal damage',
  'threatening, abusive or insulting',
  'abusive or insulting',
  'interference with peace',
  'injunction',
  'pursuant',
  'thereof',
  'hereby',
  'herein',
  'aforementioned',
  'notwithstanding',
  'in accordance with',
  'anti-social behaviour',
  'perpetrator',
  'complainant',
  'respondent',
  'claimant',
  'possession proceedings',
  'tenancy agreement',
  'acceptable behaviour contract',
  'breach',
  'prohibition',
  'harassment',
  'hate incident',
  'vandalism',
  'verbal abuse',
  'assault',
  'multi-agency',
  'referral',
  'safeguarding',
  'e.g.',
  'i.e.',
  'etc.',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 04/01/2027 (or 2027-01-04) → "Monday 4 January 2027"; anything else is returned as it is. */
export function easyDate(text: string): string {
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [d, m, y] = uk ? [Number(uk[1]), Number(uk[2]), Number(uk[3])] : iso ? [Number(iso[3]), Number(iso[2]), Number(iso[1])] : [0, 0, 0];
  if (!d || !m || m > 12) return text;
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}
