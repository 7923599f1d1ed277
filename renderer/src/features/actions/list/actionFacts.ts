import { ABSOLUTE_CONDITIONS } from '../../../../../shared/domain/action-kinds';
import { hearingCentreName } from '../../../../../shared/court/hearing-centres';
import { injunctionOf, type InjunctionTerm, termReferences } from '../../../../../shared/domain/injunction';
import { labelOf } from '../../../../../shared/domain/vocabulary';
import type { ActionView } from '../../../../../shared/schemas/actions';
import { addDays } from '../../../../../shared/time/days';
import { londonDate } from '../../../../../shared/time/london';
import { fromIsoDate } from '../../../../../shared/time/input';
import { formatDateTime } from '../../../../../shared/time/format';
import { expiryLabel, POLICE_MEASURE_LABELS } from '../labels';

export type Fact = [term: string, value: string];

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).filter(Boolean).join('\n') : '');

/** An ABC is reviewed every few weeks (usually 4): due that long after the last review, or the start. */
export function nextReviewOf(a: ActionView): string | null {
  const weeks = Number(a.details.reviewEveryWeeks);
  if (a.kind !== 'abc' || !weeks || a.status !== 'active') return null;
  const last = a.events.filter((e) => e.kind === 'review').map((e) => londonDate(new Date(e.at))).sort().pop();
  return addDays(last ?? a.startedOn, weeks * 7);
}

/** The next hearing listed on a court action, if it is still to come. */
export function nextHearingOf(a: ActionView, now = Date.now()): string | null {
  const next = a.events.map((e) => e.nextHearingAt).filter((at): at is string => at !== null && Date.parse(at) >= now);
  return next.sort()[0] ?? null;
}

/** What each kind of action recorded, in words, leaving out what was not given. */
export function actionFacts(a: ActionView, nameOf: (id: number) => string): Fact[] {
  const d = a.details;
  if (a.kind === 'civil-injunction') return injunctionFacts(a);
  const court = str(d.court) ? `${str(d.court)}${d.youthCourt ? ' (youth court)' : ''}` : '';
  const facts: Fact[] = [
    ['What they were told', str(d.summary)],
    ['Behaviour that must stop', str(d.behaviour)],
    ['Tenancy clause', str(d.tenancyClause)],
    ['About', typeof d.aboutPartyId === 'number' ? nameOf(d.aboutPartyId) : ''],
    ['Measure', POLICE_MEASURE_LABELS[str(d.measure)] ?? ''],
    ['Police reference', [str(d.policeReference), str(d.force)].filter(Boolean).join(', ')],
    ['Prohibitions', list(d.prohibitions)],
    ['Requirements', list(d.positiveRequirements) || list(d.requirements)],
    ['Terms', list(d.terms)],
    ['Parent or guardian', str(d.guardianName)],
    ['Agencies', list(d.agencies)],
    ['Runs for', d.durationMonths ? `${str(d.durationMonths)} months` : ''],
    ['Mediation service', str(d.provider)],
    ['Youth offending team consulted', str(d.youthOffendingTeamConsultedOn) ? fromIsoDate(str(d.youthOffendingTeamConsultedOn)) : ''],
    ['Premises', str(d.premises)],
    ['Lasts', d.hours ? `${str(d.hours)} hours` : ''],
    ['Ground', str(d.ground)],
    ['Condition', d.absoluteCondition ? [labelOf(ABSOLUTE_CONDITIONS, str(d.absoluteCondition)), str(d.conditionDetails)].filter(Boolean).join(': ') : ''],
    ['Court', court],
    ['Reference', str(d.claimNumber) || str(d.caseNumber)],
    ['Reason for a move', str(d.reason)],
    ['Address offered', str(d.toAddress)],
    ['Area', str(d.area)],
    ['Letter', str(d.message)],
  ];
  return facts.filter(([, value]) => value !== '');
}

const GROUND_WORDS = { violence: 'violence or threats', 'risk-of-harm': 'significant risk of harm' } as const;

/** s.3: who supervises a requirement and the evidence of its suitability, or what is missing. */
const supervision = (t: InjunctionTerm) =>
  t.kind !== 'requirement' ? '' : ` (supervised by ${t.supervisor || 'no one named'}; evidence of suitability: ${t.suitabilityEvidence || 'none recorded'})`;

/** A civil injunction's facts (issue 15): each term with its paragraph and any power of arrest, and what the papers plead. */
function injunctionFacts(a: ActionView): Fact[] {
  const inj = injunctionOf(a.details);
  const refs = termReferences(inj.terms);
  const facts: Fact[] = [
    ['Terms', inj.terms.map((t, i) => `${refs[i]} ${t.kind === 'prohibition' ? 'Must not' : 'Must'}: ${t.text}${t.powerOfArrest ? ` (power of arrest${t.arrestGround ? `: ${GROUND_WORDS[t.arrestGround]}` : ', no ground given'})` : ''}${supervision(t)}`).join('\n')],
    ['Power of arrest', inj.legacyPowerOfArrest ? 'Recorded for the whole order: record again naming the terms' : inj.terms.some((t) => t.powerOfArrest) ? refs.filter((_, i) => inj.terms[i]!.powerOfArrest).join(', ') : 'No'],
    ['Housing management link', inj.housingManagementLink],
    ['Behaviour relied on', inj.conductLimbs.map((l) => `s.2(1)(${l})`).join(', ')],
    ['Exclusion from home', inj.homeExclusion ? `From ${inj.homeExclusion.premises} (section 13)` : ''],
    ['Lasts', inj.untilFurtherOrder ? 'Until further order' : inj.durationMonths ? `${inj.durationMonths} months` : ''],
    ['Application', inj.withoutNotice ? `Without notice: ${inj.withoutNoticeJustification}` : 'On notice'],
    ['Youth offending team consulted', inj.youthOffendingTeamConsultedOn ? fromIsoDate(inj.youthOffendingTeamConsultedOn) : ''],
    ['Court', inj.court ? `${hearingCentreName(inj.court)}${inj.youthCourt ? ' (youth court)' : ''}` : ''],
    ['Reference', inj.claimNumber],
  ];
  return facts.filter(([, value]) => value !== '');
}

/** Everything a card shows about an action: dates first, then its own facts, outcome and reasons. */
export function cardFacts(a: ActionView, nameOf: (id: number) => string): Fact[] {
  const hearing = nextHearingOf(a);
  const review = nextReviewOf(a);
  const facts: (Fact | null)[] = [
    ['Started', fromIsoDate(a.startedOn)],
    a.expiresOn ? [expiryLabel(a.kind), fromIsoDate(a.expiresOn)] : null,
    hearing ? ['Next hearing', formatDateTime(hearing)] : null,
    review ? ['Next review', `by ${fromIsoDate(review)} (every ${str(a.details.reviewEveryWeeks)} weeks)`] : null,
    ...actionFacts(a, nameOf),
    a.outcome ? ['Outcome', a.outcome] : null,
    ...Object.values(a.acknowledgements).map((reason): Fact => ['Reason to go ahead', reason]),
  ];
  return facts.filter((f): f is Fact => f !== null);
}
