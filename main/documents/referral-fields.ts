import { AGENCIES, labelOf, PARTY_ROLES, RISK_LEVELS } from '../../shared/domain/vocabulary';
import type { FormatNeeds, PartyView } from '../../shared/schemas/cases';
import { formatDateUK, localDateOf } from '../../shared/time/london';
import type { CaseData } from './case-data';
import type { Selection } from './choose';

/**
 * The agency referral letter's facts (issue 17: it said "the person concerned has given their written
 * consent" and never who, how to reach them safely, their language or the risk, so no agency could act on
 * it). The person is named only when the referral rests on their written consent to this agency, or on a
 * recorded justification for the police or social services (P3.14); the disclosure guard checks the
 * letter again as a whole before it is made.
 */
export function referralFields(sel: Selection, data: CaseData) {
  const r = sel.referral;
  if (!r) return {};
  const person = r.partyId === null ? null : (data.parties.find((p) => p.id === r.partyId) ?? null);
  const mayName = r.consentId !== null || Boolean(r.justification);
  return {
    agency: labelOf(AGENCIES, r.agency),
    name: r.agencyName || labelOf(AGENCIES, r.agency),
    date: formatDateUK(r.at.length === 10 ? r.at : localDateOf(new Date(r.at))),
    support: r.supportOffered,
    justification: r.justification,
    withConsent: r.consentId !== null,
    person: person && mayName && !person.anonymous ? personFields(person) : null,
    risk: `${labelOf(RISK_LEVELS, data.header.riskLevel)}${data.header.riskLevel === 'standard' ? '' : ' risk'}`,
  };
}

function personFields(p: PartyView) {
  return {
    name: p.name,
    role: labelOf(PARTY_ROLES, p.role).toLowerCase(),
    address: [p.address, p.postcode].filter((x) => x.trim()).join(', ') || 'Not recorded: contact them through us',
    phone: p.phone.trim() || 'Not recorded',
    email: p.email.trim() || 'Not recorded',
    language: languageWords(p.formatNeeds),
    formats: formatWords(p.formatNeeds),
    age: p.age !== null && p.age < 18 ? `${p.age} (a child)` : null,
  };
}

function languageWords(f: FormatNeeds): string {
  const parts = [f.interpreter ? `${f.interpreter}: an interpreter is needed` : 'English (no interpreter recorded as needed)'];
  if (f.signer) parts.push('a British Sign Language signer is needed');
  return parts.join('; ');
}

function formatWords(f: FormatNeeds): string {
  const needs = [f.largePrint && 'large print', f.easyRead && 'Easy Read', f.braille && 'Braille', f.audio && 'audio'].filter(Boolean);
  return needs.length ? `Written information in ${needs.join(', ')}` : 'None recorded';
}
