import type { z } from 'zod';
import type { PartyRole, StaffRole, Tenure } from '../../../../../shared/domain/vocabulary';
import { PartyInput, type PartyView } from '../../../../../shared/schemas/cases';
import { dayFromInput, fromIsoDate } from '../../../../../shared/time/input';
import { futureDay } from '../../../ui/forms/dates';
import { inFormOrder, type Place, schemaProblems } from '../../../ui/forms/problems';

/** One person as the form holds them: every answer a string or a tick, ready for the inputs. */
export interface PersonDraft {
  key: string;
  role: PartyRole | '';
  name: string;
  anonymous: boolean;
  dateOfBirth: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  tenure: Tenure | '';
  /** For a household member or visitor: the key of the tenant responsible for them (P3.8). */
  responsibleKey: string;
  largePrint: boolean;
  easyRead: boolean;
  signer: boolean;
  braille: boolean;
  audio: boolean;
  interpreter: boolean;
  language: string;
  /** Issue 18 (council page): a victim or the person reporting who works for the group or a contractor. */
  staffRole?: StaffRole | '';
  /** Other spellings of the name, one a line ("Muhammad", "Mohamed"): the disclosure guard looks for each. */
  otherNames: string;
  /** The identifying details marked on the record; kept as they are, so saving the form does not drop them. */
  identifyingDetails: readonly string[];
}

export const emptyPerson = (key: string, role: PartyRole | '' = ''): PersonDraft => ({
  key,
  role,
  name: '',
  anonymous: false,
  dateOfBirth: '',
  address: '',
  postcode: '',
  phone: '',
  email: '',
  tenure: '',
  responsibleKey: '',
  largePrint: false,
  easyRead: false,
  signer: false,
  braille: false,
  audio: false,
  interpreter: false,
  language: '',
  otherNames: '',
  identifyingDetails: [],
});

/** Council page (issue 18): staff or contractors harassed are acted on too, as the victim or the person reporting. */
export const canBeStaff = (role: PersonDraft['role']) => role === 'victim' || role === 'complainant';

export const needsResponsibleTenant = (role: PersonDraft['role']) => role === 'household-member' || role === 'visitor';

/** An existing person, for the edit form; their key is their id (party:update names the tenant by id). */
export function personFromView(p: PartyView): PersonDraft {
  const f = p.formatNeeds;
  return {
    ...emptyPerson(String(p.id), p.role),
    name: p.name,
    anonymous: p.anonymous,
    dateOfBirth: p.dateOfBirth ? fromIsoDate(p.dateOfBirth) : '',
    address: p.address,
    postcode: p.postcode,
    phone: p.phone,
    email: p.email,
    tenure: p.tenure ?? '',
    responsibleKey: p.responsiblePartyId === null ? '' : String(p.responsiblePartyId),
    largePrint: f.largePrint,
    easyRead: f.easyRead,
    signer: f.signer,
    braille: f.braille,
    audio: f.audio,
    interpreter: f.interpreter !== null,
    language: f.interpreter ?? '',
    staffRole: p.staffRole ?? '',
    otherNames: p.otherNames.join('\n'),
    identifyingDetails: p.identifyingDetails,
  };
}

/** What main takes for the person; a date of birth that is not a date stays as typed, for the schema to say so. */
export function personToInput(d: PersonDraft): z.input<typeof PartyInput> {
  return {
    key: d.key,
    role: d.role as PartyRole,
    name: d.anonymous ? '' : d.name.trim(),
    anonymous: d.anonymous,
    dateOfBirth: dayFromInput(d.dateOfBirth) ?? null,
    address: d.address.trim(),
    postcode: d.postcode,
    phone: d.phone.trim(),
    email: d.email.trim(),
    tenure: d.tenure || null,
    responsibleKey: needsResponsibleTenant(d.role) && d.responsibleKey ? d.responsibleKey : null,
    formatNeeds: {
      largePrint: d.largePrint,
      easyRead: d.easyRead,
      signer: d.signer,
      braille: d.braille,
      audio: d.audio,
      interpreter: d.interpreter ? d.language.trim() : null,
    },
    staffRole: canBeStaff(d.role) && d.staffRole ? d.staffRole : null,
    identifyingDetails: [...d.identifyingDetails],
    otherNames: d.anonymous ? [] : otherNamesOf(d.otherNames),
  };
}

/** The other spellings as typed, one a line (commas and slashes also part them: "Mohammed / Muhammad"). */
export function otherNamesOf(typed: string): string[] {
  const seen = new Set<string>();
  return typed
    .split(/[\n,/;]+/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** The fields of one person, in form order, and the words for each where the schema's are not an officer's. */
const FIELDS: readonly [string, Place['words']][] = [
  ['role', undefined],
  ['name', { missing: 'Enter the person’s name, or tick “Anonymous”.', invalid: 'Enter the person’s name, or tick “Anonymous”.' }],
  ['phone', undefined],
  ['email', { invalid: 'Enter an e-mail address like name@example.com, or leave it empty.' }],
  ['address', undefined],
  ['postcode', undefined],
  ['dateOfBirth', { invalid: 'Enter the date of birth like 21/11/2026.' }],
  ['otherNames', { invalid: 'Record at most 10 other spellings, each under 200 characters.' }],
  ['language', undefined],
];
const FIELD_OF_PATH: Record<string, string> = { 'formatNeeds.interpreter': 'language' };

/** Where each of PartyInput's answers is for the person whose fields start with `prefix`. */
export function placePerson(prefix: string, path: readonly PropertyKey[]): Place | null {
  const dotted = path.map(String).join('.');
  const key = FIELD_OF_PATH[dotted] ?? dotted.split('.')[0]!;
  const entry = FIELDS.find(([k]) => k === key);
  return entry ? { field: `${prefix}-${key}`, words: entry[1] } : null;
}

/** The ids of one person's fields, in form order. */
export const personFieldOrder = (prefix: string) => FIELDS.map(([k]) => `${prefix}-${k}`);

/** What the form asks beyond the schema: a date of birth in the past, and the language an interpreter speaks. */
export function personUiProblems(d: PersonDraft, prefix: string): Record<string, string | null> {
  return {
    [`${prefix}-dateOfBirth`]: futureDay(dayFromInput(d.dateOfBirth), 'The date of birth'),
    [`${prefix}-language`]: d.interpreter && !d.language.trim() ? 'Enter the language the interpreter must speak.' : null,
  };
}

/** The person's problems, keyed by the id of the field each belongs to (`${prefix}-role` …), in form order. */
export function personProblems(d: PersonDraft, prefix: string) {
  return inFormOrder(personFieldOrder(prefix), schemaProblems(PartyInput, personToInput(d), (path) => placePerson(prefix, path)), personUiProblems(d, prefix));
}
