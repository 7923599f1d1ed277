import { ActionCreateInput } from '../../../../../shared/schemas/actions';
import { londonDate } from '../../../../../shared/time/london';
import { dayFromInput, toIsoDate } from '../../../../../shared/time/input';
import { futureDay } from '../../../ui/forms/dates';
import { type FieldProblems, inFormOrder, type Place, schemaProblems, type Words } from '../../../ui/forms/problems';
import { needsSubject } from '../labels';
import { type ActionRequest, type Draft, EMPTY_DRAFT, toDetails } from './draft';

/**
 * What main takes, from the form. With `probe`, a request good enough to ask the guards early; without,
 * what was typed as it stands, so the schema can say what is wrong with it.
 */
export function toRequest(d: Draft, caseId: number, acknowledgements: Record<string, string>, probe = false): ActionRequest | null {
  const details = toDetails(d, probe);
  if (!details) return null;
  const startedOn = probe ? (toIsoDate(d.startedOn) ?? londonDate(new Date())) : (dayFromInput(d.startedOn) as string);
  const subjectPartyId = d.kind !== 'area-letter' && d.subject ? Number(d.subject) : null;
  return { caseId, subjectPartyId, startedOn, details, acknowledgements };
}

/** The schema's names for details the form calls something else. */
const FIELD_OF: Record<string, keyof Draft> = {
  positiveRequirements: 'requirements',
  youthOffendingTeamConsultedOn: 'yotConsultedOn',
  aboutPartyId: 'about',
  housingManagementLink: 'housingLink',
  conductLimbs: 'limbA',
  homeExclusion: 'exclusionFrom',
  durationMonths: 'injMonths',
};

const whole = (what: string, min: number, max: number): Words => ({ missing: `Enter ${what}.`, invalid: `Enter ${what} as a whole number from ${min} to ${max}.` });
/** Words for the answers where the schema's own are for developers. */
const WORDS: Partial<Record<keyof Draft, Words>> = {
  kind: { missing: 'Choose the action.' },
  startedOn: { missing: 'Enter the start date.', invalid: 'Enter the start date like 21/11/2026.' },
  measure: { missing: 'Choose the police measure.' },
  livePeriodMonths: whole('how many months the warning stays live', 1, 24),
  durationMonths: whole('how many months the contract runs', 1, 24),
  reviewEveryWeeks: whole('how many weeks between reviews', 1, 26),
  hours: whole('how many hours the order lasts', 1, 4464),
  injMonths: whole('how many months the injunction lasts', 1, 120),
  yotConsultedOn: { invalid: 'Enter the date the youth offending team was consulted like 21/11/2026, or leave it empty.' },
};

function place(path: readonly PropertyKey[]): Place | null {
  const [top, name] = path.map(String);
  // An injunction's terms are objects (details.terms.0.text); a restraining order's are lines (details.terms.0).
  const field = name === 'terms' && path.length !== 3 ? 'injTerms' : name === undefined ? 'kind' : (FIELD_OF[name] ?? (name as keyof Draft));
  const key: keyof Draft | undefined = top === 'details' ? field : top === 'startedOn' ? 'startedOn' : top === 'subjectPartyId' ? 'subject' : undefined;
  return key && key in EMPTY_DRAFT ? { field: key, words: WORDS[key] } : null;
}

/** What the policy's guards would say anyway, asked here so the form can point at the answer. */
function formRules(d: Draft): Partial<Record<keyof Draft, string | null>> {
  const condition = d.kind === 'possession' && d.absolute ? d.absoluteCondition : '';
  return {
    ...(d.kind === 'civil-injunction' ? injunctionRules(d) : {}),
    subject: needsSubject(d.kind) && !d.subject ? 'Choose the person this action is against.' : null,
    startedOn: futureDay(dayFromInput(d.startedOn), 'The start date'),
    yotConsultedOn: d.kind === 'civil-injunction' ? futureDay(dayFromInput(d.yotConsultedOn), 'The date the youth offending team was consulted') : null,
    absoluteCondition: d.kind === 'possession' && d.absolute && !d.absoluteCondition ? 'Choose the condition of the absolute ground that is met.' : null,
    conditionActionId: condition === 'injunction-breach' && !d.conditionActionId ? 'Choose the injunction whose breach the court found proven.' : null,
    conditionDetails: condition && condition !== 'injunction-breach' && !d.conditionDetails.trim() ? 'Give the conviction or order that meets the condition (court, date, reference).' : null,
  };
}

/**
 * The form's problems by the form's own names for its answers (useForm gives each its element id), in form order: what the action's shared schema (ActionCreateInput)
 * refuses, in an officer's words, then what the guards would refuse that the form can see already.
 */
export function draftProblems(d: Draft, caseId: number): FieldProblems {
  const candidate = toRequest(d, caseId, {}) ?? { caseId, subjectPartyId: null, startedOn: dayFromInput(d.startedOn), details: null };
  return inFormOrder(Object.keys(EMPTY_DRAFT), schemaProblems(ActionCreateInput, candidate, place), formRules(d));
}

/** What the injunction's papers must plead (issue 15), asked before it is recorded. */
function injunctionRules(d: Draft): Partial<Record<keyof Draft, string | null>> {
  const written = d.injTerms.filter((t) => t.text.trim());
  const groundless = written.findIndex((t) => t.powerOfArrest && !t.arrestGround);
  const unsupervised = written.findIndex((t) => t.kind === 'requirement' && !t.supervisor.trim());
  return {
    housingLink: d.housingLink.trim() ? null : 'Say how the behaviour relates to or affects the landlord’s housing management (section 5(3)).',
    limbA: d.limbA || d.limbB || d.limbC ? null : 'Choose at least one kind of anti-social behaviour relied on (section 2(1)).',
    injTerms:
      !written.length && !(d.exclusionKind === 'area' && d.areaPlace.trim())
        ? 'State the terms sought: at least one prohibition or requirement.'
        : groundless >= 0
          ? `Term ${groundless + 1} carries a power of arrest: say its ground (violence or threats, or a significant risk of harm).`
          : unsupervised >= 0
            ? `Term ${unsupervised + 1} is a requirement: name the person or organisation who will supervise compliance with it (section 3(1)).`
            : null,
    landlordManages: d.exclusionKind === 'own-home' && !d.landlordManages ? 'Say whether the landlord owns or manages the respondent’s home (section 13).' : null,
    homeGround: d.exclusionKind === 'own-home' && !d.homeGround ? 'Say why exclusion from home is needed: violence or threats, or a significant risk of harm (section 13).' : null,
    areaPlace: d.exclusionKind === 'area' && !d.areaPlace.trim() ? 'Describe the area or part of the building so it can be obeyed.' : null,
    areaGround: d.exclusionKind === 'area' && d.areaArrest && !d.areaGround ? 'Say the ground for the power of arrest on the area.' : null,
    durationKind: d.durationKind ? null : 'Say how long the injunction should last (section 1(6)).',
    court: d.court ? null : 'Choose the County Court hearing centre.',
  };
}
