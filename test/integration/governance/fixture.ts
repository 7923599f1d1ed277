import type { TestApp } from '../../helpers/core';
import { intake, richCase, send, type RichCase } from '../documents/fixture';

/**
 * Amira Haddad on the record three times (issue 21 item 3): the complainant of the documents' rich case,
 * a witness on a second case (same date of birth, another spelling of her name recorded there), and —
 * a different person — another Amira Haddad born in 1992 on a third case. Around her: George Pike
 * (witness), Darren and Kyle Whitcombe (the alleged perpetrator and his son), and on the second case
 * Bilal Rahman (complainant) and Shane Doyle (alleged perpetrator): third parties, every one.
 */
export interface SarFixture {
  rich: RichCase;
  second: { id: number; ref: string; amiraId: number };
  other: { id: number; ref: string; amiraId: number };
  letterId: number;
  noteAboutHer: number;
  noteNotAboutHer: number;
  contactWithHer: number;
  consentId: number;
}

export const THIRD_PARTY_IDENTIFIERS = ['George Pike', 'Pike', 'Darren', 'Whitcombe', 'Kyle', '6 Elm Road', '2 Elm Road', 'N1 1AB', '020 7946 0018', 'Bilal', 'Rahman', 'Shane', 'Doyle', '07700 900456', '9 Ash Grove'];

export async function sarFixture(app: TestApp): Promise<SarFixture> {
  const rich = await richCase(app);
  const letter = await app.must('document:generate', { caseId: rich.id, templateId: 'acknowledgement', partyId: rich.complainant.id });
  await send(app, letter);
  const noteAboutHer = await app.must('note:add', { caseId: rich.id, text: 'Amira Haddad rang: George Pike saw Darren Whitcombe at her door again.' });
  const noteNotAboutHer = await app.must('note:add', { caseId: rich.id, text: 'Kyle Whitcombe has started at the youth service.' });
  const contactWithHer = await app.must('contact:add', { caseId: rich.id, at: '2026-11-21T08:55:00Z', kind: 'call', direction: 'out', partyId: rich.complainant.id, summary: 'Told her the warning was given to Darren Whitcombe at 2 Elm Road.' });
  const consents = (await app.must('case:get', { id: rich.id })).consents;

  const base = intake();
  const second = await app.must('case:create', {
    ...base,
    receivedAt: '2026-11-20T10:00:00Z',
    summary: 'Shouting and loud music late at night at 9 Ash Grove.',
    category: 'asb',
    flags: [],
    motivation: [],
    perceivedAsHate: false,
    risk: { level: 'standard', notes: '' },
    location: { address: '9 Ash Grove', estate: 'Elm Estate', postcode: 'N1 2CC' },
    parties: [
      { key: 'c', role: 'complainant', name: 'Bilal Rahman', address: '7 Ash Grove, London', postcode: 'N1 2CC', phone: '07700 900456' },
      { key: 'w', role: 'witness', name: 'Amira Haddad', otherNames: ['Ameera Haddad'], dateOfBirth: '1980-02-01', address: '4 Elm Road, London', postcode: 'N1 1AA' },
      { key: 'p', role: 'alleged-perpetrator', name: 'Shane Doyle', address: '9 Ash Grove, London', postcode: 'N1 2CC' },
    ],
    incidents: [
      { occurredAt: '2026-11-18T23:30:00Z', description: 'Shane Doyle played loud music until 2am; Bilal Rahman could not sleep.', acts: ['nuisance'], reportedByKey: 'c' },
      { occurredAt: '2026-11-19T23:00:00Z', description: 'Amira Haddad heard Shane Doyle shouting at Bilal Rahman in the street.', acts: ['verbal-abuse'], reportedByKey: 'c' },
    ],
  });
  const secondView = await app.must('case:get', { id: second.id });
  const other = await app.must('case:create', {
    ...base,
    receivedAt: '2026-11-19T10:00:00Z',
    summary: 'Graffiti on the garages.',
    category: 'asb',
    flags: [],
    motivation: [],
    perceivedAsHate: false,
    risk: { level: 'standard', notes: '' },
    parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1992-07-15', address: '30 Oak Lane, London', postcode: 'N4 4DD' }],
    incidents: [{ occurredAt: '2026-11-18T12:00:00Z', description: 'Graffiti sprayed on garage 3.', acts: ['criminal-damage'], reportedByKey: 'a' }],
  });
  const otherView = await app.must('case:get', { id: other.id });
  return {
    rich,
    second: { id: second.id, ref: secondView.header.ref, amiraId: secondView.parties.find((p) => p.name === 'Amira Haddad')!.id },
    other: { id: other.id, ref: otherView.header.ref, amiraId: otherView.parties[0]!.id },
    letterId: letter.id,
    noteAboutHer: noteAboutHer.id,
    noteNotAboutHer: noteNotAboutHer.id,
    contactWithHer: contactWithHer.id,
    consentId: consents.find((c) => c.partyId === rich.complainant.id)!.id,
  };
}

/** Accepts every suggestion of a subject access pack's redaction review (as a user would, one by one). */
export async function acceptSarRedactions(app: Pick<TestApp, 'must'>, id: number) {
  let review = await app.must('sar:review', { id });
  for (const item of review.items.filter((i) => !i.decision)) review = await app.must('sar:redact', { id, key: item.key, decision: 'accept' });
  return review;
}
