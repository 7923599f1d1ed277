import { ActionDetails } from '../../../../../shared/schemas/actions';
import { londonDate } from '../../../../../shared/time/london';
import type { Problems } from '../../../hooks/useForm';
import { dateProblem, toIsoDate } from '../../../../../shared/time/input';
import { needsSubject } from '../labels';
import { type ActionRequest, type Draft, toDetails, wholeNumber } from './draft';

/** What main takes, from the form; with `probe`, a request good enough to ask the guards early. */
export function toRequest(d: Draft, caseId: number, acknowledgements: Record<string, string>, probe = false): ActionRequest | null {
  const details = toDetails(d, probe);
  if (!details) return null;
  const startedOn = toIsoDate(d.startedOn) ?? (probe ? londonDate(new Date()) : '');
  const subjectPartyId = d.kind !== 'area-letter' && d.subject ? Number(d.subject) : null;
  return { caseId, subjectPartyId, startedOn, details, acknowledgements };
}

/** The schema's names for fields that the form calls something else. */
const FIELD_OF: Record<string, keyof Draft> = { positiveRequirements: 'requirements', youthOffendingTeamConsultedOn: 'yotConsultedOn', aboutPartyId: 'about' };

function rangeProblem(text: string, min: number, max: number, what: string, required = false): string | null {
  const n = wholeNumber(text);
  if (n === undefined) return required ? `Enter ${what}.` : null;
  if (Number.isNaN(n) || n < min || n > max) return `Enter ${what} as a whole number from ${min} to ${max}.`;
  return null;
}

/** The form's own checks, in form order; then the schema's words for anything else it refuses. */
export function draftProblems(d: Draft): Problems<Draft> {
  const k = d.kind;
  const warning = k === 'written-warning-first' || k === 'written-warning-final';
  const condition = k === 'possession' && d.absolute ? d.absoluteCondition : '';
  const found: Problems<Draft> = {
    kind: k ? null : 'Choose the action.',
    subject: needsSubject(k) && !d.subject ? 'Choose the person this action is against.' : null,
    startedOn: dateProblem(d.startedOn, 'the start date'),
    measure: k === 'police-measure' && !d.measure ? 'Choose the police measure.' : null,
    livePeriodMonths: warning ? rangeProblem(d.livePeriodMonths, 1, 24, 'how many months the warning stays live') : null,
    durationMonths: k === 'abc' ? rangeProblem(d.durationMonths, 1, 24, 'how many months the contract runs', true) : null,
    reviewEveryWeeks: k === 'abc' ? rangeProblem(d.reviewEveryWeeks, 1, 26, 'how many weeks between reviews', true) : null,
    hours: k === 'closure-order' ? rangeProblem(d.hours, 1, 4464, 'how many hours the order lasts', true) : null,
    yotConsultedOn: k === 'civil-injunction' ? dateProblem(d.yotConsultedOn, 'the date the youth offending team was consulted', false) : null,
    absoluteCondition: k === 'possession' && d.absolute && !d.absoluteCondition ? 'Choose the condition of the absolute ground that is met.' : null,
    conditionActionId: condition === 'injunction-breach' && !d.conditionActionId ? 'Choose the injunction whose breach the court found proven.' : null,
    conditionDetails: condition && condition !== 'injunction-breach' && !d.conditionDetails.trim() ? 'Give the conviction or order that meets the condition (court, date, reference).' : null,
  };
  const details = toDetails(d);
  const parsed = details ? ActionDetails.safeParse(details) : null;
  for (const issue of parsed?.success === false ? parsed.error.issues : []) {
    const key = FIELD_OF[String(issue.path[0])] ?? (String(issue.path[0]) as keyof Draft);
    if (key in d && !found[key]) found[key] = issue.message;
  }
  return found;
}
