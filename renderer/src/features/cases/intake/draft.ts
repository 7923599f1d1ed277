import type { Act, Category, ConsentRecipient, Flag, Motivation, Perceiver, ReportMethod, RiskLevel, ScreenOutcome } from '../../../../../shared/domain/vocabulary';
import { PROTECTED_ROLES } from '../../../../../shared/domain/vocabulary';
import type { z } from 'zod';
import { IntakeInput } from '../../../../../shared/schemas/cases';
import { dayFromInput, estimateFromInput, instantFromInput, toLondonInput } from '../../../../../shared/time/input';
import { futureDay, futureTime } from '../../../ui/forms/dates';
import { type FieldProblems, inFormOrder, type Place, schemaProblems } from '../../../ui/forms/problems';
import { personFieldOrder, personToInput, personUiProblems, placePerson, type PersonDraft } from '../people/personDraft';

export interface ConsentDraft {
  key: string;
  partyKey: string;
  recipient: ConsentRecipient | '';
  recipientName: string;
  purpose: string;
  writtenOn: string;
  source: string;
}

/** The whole report as the form holds it. Nothing is lost when sections are opened or closed. */
export interface IntakeDraft {
  method: ReportMethod | '';
  receivedAt: string;
  anonymousReport: boolean;
  partner: string;
  category: Category | '';
  address: string;
  estate: string;
  postcode: string;
  occurredAt: string;
  acts: Act[];
  description: string;
  summary: string;
  reportedByKey: string;
  people: PersonDraft[];
  flags: Flag[];
  motivation: Motivation[];
  perceivedAsHate: boolean;
  riskLevel: RiskLevel;
  riskNotes: string;
  consents: ConsentDraft[];
  /** Issue 18 (P3.2): who perceives it as harassment, and how (when perceivedAsHate is ticked). Older drafts lack these. */
  perceivedBy?: Perceiver | '';
  perceivedHow?: string;
  /** Issue 18 (P1.4–1.6): 'no' or the policy the report belongs under, and who it was referred to. */
  screenOutcome?: ScreenOutcome | '';
  screenReferredTo?: string;
  screenNote?: string;
}

export const emptyDraft = (partner: string): IntakeDraft => ({
  method: '',
  receivedAt: toLondonInput(new Date()),
  anonymousReport: false,
  partner,
  category: '',
  address: '',
  estate: '',
  postcode: '',
  occurredAt: '',
  acts: [],
  description: '',
  summary: '',
  reportedByKey: '',
  people: [],
  flags: [],
  motivation: [],
  perceivedAsHate: false,
  riskLevel: 'standard',
  riskNotes: '',
  consents: [],
  perceivedBy: '',
  perceivedHow: '',
  screenOutcome: '',
  screenReferredTo: '',
  screenNote: '',
});

export const canConsent = (p: PersonDraft) => p.role !== '' && PROTECTED_ROLES.includes(p.role);

/** Consents of people who can give one (a person whose role changed to perpetrator keeps none). */
export const liveConsents = (d: IntakeDraft) => d.consents.filter((c) => d.people.some((p) => p.key === c.partyKey && canConsent(p)));

/** Where each of the report schema's answers is on the form, and the words for it. */
const REPORT_FIELDS: Record<string, Place> = {
  method: { field: 'intake-method', words: { missing: 'Choose how the report was made.' } },
  receivedAt: { field: 'intake-receivedAt', words: { missing: 'Enter the date and time the report was received.', invalid: 'Enter the date and time the report was received like 21/11/2026 14:30.' } },
  partner: { field: 'intake-partner', words: { missing: 'Choose the partner the report is for.' } },
  category: { field: 'intake-category', words: { missing: 'Choose what kind of case this is.' } },
  'location.address': { field: 'intake-address' },
  'location.estate': { field: 'intake-estate' },
  'location.postcode': { field: 'intake-postcode' },
  'incidents.0.occurredAt': { field: 'intake-occurredAt', words: { missing: 'Enter the date it happened, and the time if known.', invalid: 'Enter the date it happened like 21/11/2026, or with the time like 21/11/2026 14:30.' } },
  'incidents.0.description': { field: 'intake-description', words: { missing: 'Describe what happened.' } },
  summary: { field: 'intake-summary' },
  'risk.notes': { field: 'intake-riskNotes' },
  'perception.by': { field: 'intake-perceivedBy', words: { missing: 'Choose who perceives it as harassment.', invalid: 'Choose who perceives it as harassment.' } },
  'perception.how': { field: 'intake-perceivedHow', words: { missing: 'Say how they see it as harassment: what they said, and when.' } },
  'screening.referredTo': { field: 'intake-screenReferredTo', words: { missing: 'Say who it was referred to (a team or a person).' } },
  'screening.note': { field: 'intake-screenNote' },
};
const CONSENT_WORDS: Record<string, Place['words']> = {
  recipient: { missing: 'Choose who may learn their identity.' },
  writtenOn: { missing: 'Enter the date the consent was given in writing.', invalid: 'Enter the date the consent was given in writing like 21/11/2026.' },
};

function placeIntake(d: IntakeDraft) {
  const consents = liveConsents(d);
  return (path: readonly PropertyKey[]): Place | null => {
    const [top, index, ...rest] = path.map(String);
    if (top === 'parties' && index !== undefined) {
      const person = d.people[Number(index)];
      return person ? placePerson(`person-${person.key}`, rest) : null;
    }
    if (top === 'consents' && index !== undefined) {
      const consent = consents[Number(index)];
      const field = rest[0] ?? 'recipient';
      return consent ? { field: `consent-${consent.key}-${field}`, words: CONSENT_WORDS[field] } : null;
    }
    return REPORT_FIELDS[path.map(String).join('.')] ?? null;
  };
}

/** The ids of the form's fields in the order they are on the page, for the error summary. */
function fieldOrder(d: IntakeDraft): string[] {
  const at = (path: string) => REPORT_FIELDS[path]!.field;
  return [
    ...['method', 'receivedAt', 'partner', 'category', 'location.address', 'location.estate', 'location.postcode', 'incidents.0.occurredAt', 'incidents.0.description', 'summary'].map(at),
    ...d.people.flatMap((p) => personFieldOrder(`person-${p.key}`)),
    at('perception.by'),
    at('perception.how'),
    at('risk.notes'),
    ...liveConsents(d).flatMap((c) => ['recipient', 'recipientName', 'purpose', 'writtenOn', 'source'].map((f) => `consent-${c.key}-${f}`)),
    at('screening.referredTo'),
    at('screening.note'),
  ];
}

/** What the form asks beyond the report's schema: nothing in the future, and who an "other" consent is for. */
function uiProblems(d: IntakeDraft): Record<string, string | null> {
  const found: Record<string, string | null> = {
    'intake-receivedAt': futureTime(instantFromInput(d.receivedAt), 'The date the report was received'),
    'intake-occurredAt': futureTime(estimateFromInput(d.occurredAt).at, 'The incident'),
  };
  d.people.forEach((p) => Object.assign(found, personUiProblems(p, `person-${p.key}`)));
  liveConsents(d).forEach((c) => {
    found[`consent-${c.key}-recipientName`] = c.recipient === 'other' && !c.recipientName.trim() ? 'Name who the identity may be shared with.' : null;
    found[`consent-${c.key}-writtenOn`] = futureDay(dayFromInput(c.writtenOn), 'The date the consent was given in writing');
  });
  return found;
}

/**
 * Every problem the form can see before asking main, keyed by field id in the order of the form: what
 * the report's shared schema (IntakeInput) refuses, with words for an officer, then the clock.
 */
export function intakeProblems(d: IntakeDraft): FieldProblems {
  return inFormOrder(fieldOrder(d), schemaProblems(IntakeInput, draftToInput(d, []), placeIntake(d)), uiProblems(d));
}

/** The names to look for in earlier cases (anonymous people have none). */
export const namesOf = (d: IntakeDraft) => d.people.filter((p) => !p.anonymous && p.name.trim()).map((p) => p.name.trim());

export function draftToInput(d: IntakeDraft, linkToCaseIds: number[]): z.input<typeof IntakeInput> {
  const keys = new Set(d.people.map((p) => p.key));
  return {
    partner: d.partner,
    receivedAt: instantFromInput(d.receivedAt)!,
    method: d.method as ReportMethod,
    category: d.category as Category,
    summary: d.summary.trim(),
    location: { address: d.address.trim(), estate: d.estate.trim(), postcode: d.postcode },
    flags: d.flags,
    motivation: d.motivation,
    perceivedAsHate: d.perceivedAsHate,
    perception: d.perceivedAsHate ? { by: d.perceivedBy as Perceiver, how: (d.perceivedHow ?? '').trim() } : null,
    screening: d.screenOutcome ? { outcome: d.screenOutcome, referredTo: (d.screenReferredTo ?? '').trim(), note: (d.screenNote ?? '').trim() } : null,
    risk: { level: d.riskLevel, notes: d.riskNotes.trim() },
    // A responsible tenant who was removed from the report again is simply not known.
    parties: d.people.map((p) => personToInput(keys.has(p.responsibleKey) ? p : { ...p, responsibleKey: '' })),
    incidents: [
      {
        // Only the day is an estimate too (issue 17): the start of that day, with the time marked unknown.
        occurredAt: estimateFromInput(d.occurredAt).at!,
        occurredTimeKnown: estimateFromInput(d.occurredAt).timeKnown,
        description: d.description.trim(),
        acts: d.acts,
        location: '',
        reportedByKey: keys.has(d.reportedByKey) ? d.reportedByKey : null,
      },
    ],
    anonymousReport: d.anonymousReport,
    consents: liveConsents(d).map((c) => ({ partyKey: c.partyKey, recipient: c.recipient as ConsentRecipient, recipientName: c.recipientName.trim(), purpose: c.purpose.trim(), writtenOn: dayFromInput(c.writtenOn)!, source: c.source.trim() || 'Written consent' })),
    linkToCaseIds,
  };
}
