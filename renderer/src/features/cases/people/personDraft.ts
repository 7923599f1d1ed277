import type { PartyRole, Tenure } from '../../../../../shared/domain/vocabulary';
import { Postcode, type PartyInput, type PartyView } from '../../../../../shared/schemas/cases';
import { z } from 'zod';
import { issueOf } from '../../../ui/forms/issueOf';
import { dateProblem, fromIsoDate, toIsoDate } from '../../../../../shared/time/input';

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
});

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
  };
}

export function personToInput(d: PersonDraft): z.input<typeof PartyInput> {
  return {
    key: d.key,
    role: d.role as PartyRole,
    name: d.anonymous ? '' : d.name.trim(),
    anonymous: d.anonymous,
    dateOfBirth: d.dateOfBirth.trim() ? toIsoDate(d.dateOfBirth) : null,
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
  };
}

const Email = z.email('Enter an e-mail address like name@example.com, or leave it empty.');

/** The person's problems, keyed by the id of the field each belongs to (`${prefix}-role` …). */
export function personProblems(d: PersonDraft, prefix: string): Record<string, string | null> {
  return {
    [`${prefix}-role`]: d.role ? null : 'Choose the person’s role in the case.',
    [`${prefix}-name`]: d.anonymous || d.name.trim() ? null : 'Enter the person’s name, or tick “Anonymous”.',
    [`${prefix}-dateOfBirth`]: dateProblem(d.dateOfBirth, 'the date of birth', false),
    [`${prefix}-postcode`]: issueOf(Postcode, d.postcode),
    [`${prefix}-email`]: d.email.trim() ? issueOf(Email, d.email.trim()) : null,
    [`${prefix}-language`]: d.interpreter && !d.language.trim() ? 'Enter the language the interpreter must speak.' : null,
  };
}
