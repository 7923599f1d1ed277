import type { Category } from '../domain/vocabulary';
import type { MeasureId } from '../schemas/reports';
import { SUPPRESS_BELOW } from './suppress';

/**
 * What each figure in a monitoring report counts (issue 8, P7.2). One text, used by the Reports screen
 * ("How this is counted"), the board report's notes page and docs/monitoring.md, so the three never
 * disagree. A decision the policy leaves open is stated here as a decision.
 */

/** NM01 counts ASB cases in the regulator's sense: the all-ASB total includes harassment and hate cases (law.md 4.2). */
export const NM01_CATEGORIES: readonly Category[] = ['asb', 'harassment', 'hate-incident'];
/** The reason case intake writes on a link made when a report is recorded against a related case. */
export const INTAKE_LINK_REASON = 'Linked at intake as a related report';
/** A case closed with the outcome “resolved” within this many calendar months of the report is resolved on time. */
export const RESOLUTION_TARGET_MONTHS = 3;
export const RESOLVED_OUTCOME = 'resolved';

export const MEASURE_TITLES: Record<MeasureId, string> = {
  summary: 'Summary',
  cases: 'Cases by type',
  incidents: 'Incidents by type',
  nm01: 'NM01: ASB and hate-incident cases per 1,000 homes',
  response: 'Response against target',
  support: 'Support offered and referrals',
  resolution: 'Cases resolved',
  satisfaction: 'Satisfaction with case handling',
  actions: 'Actions and remedies used',
  costs: 'Costs',
  hotspots: 'Hotspots',
  methods: 'Method of reporting',
  equality: 'Equality and diversity',
  caseReviews: 'ASB case reviews (the community trigger)',
};

export const DEFINITIONS: Record<MeasureId, string> = {
  summary:
    'The headline figures from the sections that follow, for the period and for the period before it. A quarter is compared with the quarter before, a year with the year before; any other period with the same number of days just before it.',
  cases:
    'Cases whose report was received in the period (received date and time, Europe/London), by category. “Hate incidents” counts cases recorded as perceived by the victim or anyone else to be motivated by hostility on disability, race, religion, sexual orientation or transgender identity, whatever their category. “Open at the end” counts cases received by the period’s last day and not closed by then. A further report recorded as its own case is counted here as a case. A report screened out at intake as belonging under another policy (a complaint about staff or contractors, domestic abuse, staff harassed by staff: P1.4–1.6) is not a case here, nor in NM01 or the closures: it is counted apart, by the policy it was referred to.',
  incidents:
    'Incidents that happened in the period (the incident’s own date, not the report’s), on cases in the report’s partners and category, by the acts recorded (P3.3, P3.5). An incident with two acts counts once under each act, and once in the total.',
  nm01:
    'The regulator’s Tenant Satisfaction Measure NM01: cases opened in the period in response to a report of anti-social behaviour, per 1,000 homes. The ASB figure includes harassment and hate-incident cases (the regulator says the total must include hate cases); domestic abuse is excluded (it has its own policy, P1.4). A report linked at intake to a case that was open when the report came in is a further report on that case, not a new case, and is not counted; a report about a case already closed is a new case. The hate figure counts the hate-incident cases among them. Homes: the figure in force on the period’s last day (dated figures recorded for NM01), else the partner’s homes on record. The rate is for the period as chosen; it is not scaled to a year. NM01 ignores the category filter.',
  response:
    'Every service-standard deadline (the timescales of policy sections 4 and 6.2, as set in each partner’s service-standard profile) with a due time in the period, on cases in the report’s partners and category. Met on time, met late and waived are as recorded; an item still waiting after its due time counts as breached; an item due later than now counts as not yet due. “On time” is met on time ÷ (met on time + met late + breached); waived and not-yet-due items are left out. Repeating rules (regular contact, reviews) count each occurrence.',
  support:
    'Referrals to other agencies made in the period (P7.2), by agency. “Support offered recorded” counts referrals with the support offered written down; “without consent” counts referrals of a person made without their written consent, each with its recorded justification (P3.14).',
  resolution: `Cases closed in the period, by the outcome recorded at closure. Resolved: closed with the outcome “resolved”. Resolved on time: resolved within ${RESOLUTION_TARGET_MONTHS} calendar months of the report being received. The policy sets no resolution target; Hearth uses the three-month open-case review (P6.2) as the point by which a case should be resolved. A case reopened on appeal and closed again counts when it last closed.`,
  satisfaction:
    'Closure surveys (P6.2, in the style of the regulator’s TP12) completed in the period, by score from 1 (very dissatisfied) to 5 (very satisfied). Satisfied: 4 or 5; dissatisfied: 1 or 2. “Offered” counts surveys offered in the period, whether or not they came back.',
  actions:
    'Actions on the escalation ladder (P5) started in the period, by kind, and how many cases they were on. Legal remedies are those that go to court.',
  costs:
    'Costs incurred in the period (P7.2): externally procured legal services, externally procured non-legal services, and repair and clean-up. Amounts as recorded, in pounds.',
  hotspots:
    'Cases received in the period by estate and by postcode district (the outward code, such as N1 or IP4), the ten most frequent of each (P7.1).',
  methods: 'Cases received in the period by how the report arrived (P4.1, P7.2).',
  equality: `Equality information (P7.2) of the complainants, victims and alleged perpetrators on cases received in the period, one count per person per case. Special-category data: only these totals leave the database, and no case can be listed behind them. Counts from 1 to ${SUPPRESS_BELOW - 1} are shown as “fewer than ${SUPPRESS_BELOW}”; where only one count in a column would be hidden, the next smallest is hidden too, so it cannot be worked out from the total. “Not recorded” counts people with no answer; “Prefer not to say” is an answer; an answer outside the census groups counts as “Another answer”. Every answer is listed whether or not anyone gave it, so a row’s presence says nothing.`,
  caseReviews:
    'The figures the relevant bodies publish for ASB case reviews (Anti-social Behaviour, Crime and Policing Act 2014, s.104 and Schedule 4): applications received in the period (the day received, by us or passed on by the council or another body); applications whose threshold was decided in the period as not met; reviews whose meeting was held in the period; and of those, reviews that made at least one recommendation. For the group (every partner in the report) and for each partner; the category filter does not apply, as an application is about the behaviour, not a case’s category.',
};

export const EQUALITY_ROLES = [
  { code: 'complainant', label: 'Complainants' },
  { code: 'victim', label: 'Victims' },
  { code: 'alleged-perpetrator', label: 'Alleged perpetrators' },
] as const;

export const NOT_RECORDED = 'Not recorded';
export const ANOTHER_ANSWER = 'Another answer';
export const PREFER_NOT_TO_SAY = 'Prefer not to say';

/**
 * The questions and the order their answers are listed in (Census 2021 high-level groups, as the intake
 * form asks them). Every answer is always listed; one outside the list counts as "Another answer".
 */
export const EQUALITY_FIELDS_ORDERED: readonly { field: string; column: string; label: string; answers: readonly string[] }[] = [
  { field: 'ethnicity', column: 'ethnicity', label: 'Ethnic group', answers: ['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group'] },
  { field: 'religion', column: 'religion', label: 'Religion or belief', answers: ['No religion', 'Buddhist', 'Christian', 'Hindu', 'Jewish', 'Muslim', 'Sikh', 'Any other religion or belief'] },
  { field: 'sex', column: 'sex', label: 'Sex', answers: ['Female', 'Male'] },
  { field: 'genderIdentity', column: 'gender_identity', label: 'Gender identity the same as sex registered at birth', answers: ['Yes', 'No'] },
  { field: 'sexualOrientation', column: 'sexual_orientation', label: 'Sexual orientation', answers: ['Straight or heterosexual', 'Gay or lesbian', 'Bisexual', 'Another sexual orientation'] },
  { field: 'ageBand', column: 'age_band', label: 'Age group', answers: ['Under 16', '16 to 24', '25 to 34', '35 to 44', '45 to 54', '55 to 64', '65 to 74', '75 or over'] },
  { field: 'disability', column: 'disability', label: 'Disability or long-term illness', answers: ['Yes, limited a lot', 'Yes, limited a little', 'No'] },
];

export const SATISFACTION_LABELS = ['1 Very dissatisfied', '2 Dissatisfied', '3 Neither', '4 Satisfied', '5 Very satisfied'] as const;

export const CLOSURE_OUTCOMES = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'no-further-action', label: 'No further action' },
  { code: 'unfounded', label: 'Unfounded' },
  { code: 'moved-away', label: 'A party moved away' },
  { code: 'referred-elsewhere', label: 'Referred elsewhere' },
  { code: 'other', label: 'Other' },
  { code: 'not-recorded', label: 'Outcome not recorded' },
] as const;

export const NO_ESTATE = 'No estate recorded';
export const NO_POSTCODE = 'No postcode recorded';

/** The outward code of a UK postcode ("n1 1aa" → "N1", "IP41AB" → "IP4"); '' when there is none. */
export function postcodeDistrict(postcode: string): string {
  const s = postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (s.length < 5) return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(s) ? s : '';
  return s.slice(0, -3);
}
