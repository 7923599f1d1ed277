import type { Act, Category, ConsentRecipient, Flag, Motivation, ReportMethod, RiskLevel } from '../../../../../shared/domain/vocabulary';
import { PROTECTED_ROLES } from '../../../../../shared/domain/vocabulary';
import { Postcode, type IntakeInput } from '../../../../../shared/schemas/cases';
import type { z } from 'zod';
import { issueOf } from '../../../ui/forms/issueOf';
import { dateProblem, dateTimeProblem, fromLondonInput, toIsoDate, toLondonInput } from '../../../../../shared/time/input';
import { personProblems, personToInput, type PersonDraft } from '../people/personDraft';

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
});

export const canConsent = (p: PersonDraft) => p.role !== '' && PROTECTED_ROLES.includes(p.role);

/** Consents of people who can give one (a person whose role changed to perpetrator keeps none). */
export const liveConsents = (d: IntakeDraft) => d.consents.filter((c) => d.people.some((p) => p.key === c.partyKey && canConsent(p)));

/** Every problem the form can see before asking main, keyed by field id in the order of the form. */
export function intakeProblems(d: IntakeDraft): Record<string, string | null> {
  const found: Record<string, string | null> = {
    'intake-method': d.method ? null : 'Choose how the report was made.',
    'intake-receivedAt': dateTimeProblem(d.receivedAt, 'The date the report was received', 'the report was received'),
    'intake-partner': d.partner ? null : 'Choose the partner the report is for.',
    'intake-category': d.category ? null : 'Choose what kind of case this is.',
    'intake-postcode': issueOf(Postcode, d.postcode),
    'intake-occurredAt': dateTimeProblem(d.occurredAt, 'The incident', 'it happened'),
    'intake-description': d.description.trim() ? null : 'Describe what happened.',
  };
  d.people.forEach((p) => Object.assign(found, personProblems(p, `person-${p.key}`)));
  liveConsents(d).forEach((c) => {
    found[`consent-${c.key}-recipient`] = c.recipient ? null : 'Choose who may learn their identity.';
    found[`consent-${c.key}-recipientName`] = c.recipient === 'other' && !c.recipientName.trim() ? 'Name who the identity may be shared with.' : null;
    found[`consent-${c.key}-writtenOn`] = dateProblem(c.writtenOn, 'the date the consent was given in writing');
  });
  return found;
}

/** The names to look for in earlier cases (anonymous people have none). */
export const namesOf = (d: IntakeDraft) => d.people.filter((p) => !p.anonymous && p.name.trim()).map((p) => p.name.trim());

export function draftToInput(d: IntakeDraft, linkToCaseIds: number[]): z.input<typeof IntakeInput> {
  const keys = new Set(d.people.map((p) => p.key));
  return {
    partner: d.partner,
    receivedAt: fromLondonInput(d.receivedAt)!,
    method: d.method as ReportMethod,
    category: d.category as Category,
    summary: d.summary.trim(),
    location: { address: d.address.trim(), estate: d.estate.trim(), postcode: d.postcode },
    flags: d.flags,
    motivation: d.motivation,
    perceivedAsHate: d.perceivedAsHate,
    risk: { level: d.riskLevel, notes: d.riskNotes.trim() },
    // A responsible tenant who was removed from the report again is simply not known.
    parties: d.people.map((p) => personToInput(keys.has(p.responsibleKey) ? p : { ...p, responsibleKey: '' })),
    incidents: [
      {
        occurredAt: fromLondonInput(d.occurredAt)!,
        description: d.description.trim(),
        acts: d.acts,
        location: '',
        reportedByKey: keys.has(d.reportedByKey) ? d.reportedByKey : null,
      },
    ],
    anonymousReport: d.anonymousReport,
    consents: liveConsents(d).map((c) => ({ partyKey: c.partyKey, recipient: c.recipient as ConsentRecipient, recipientName: c.recipientName.trim(), purpose: c.purpose.trim(), writtenOn: toIsoDate(c.writtenOn)!, source: c.source.trim() || 'Written consent' })),
    linkToCaseIds,
  };
}
