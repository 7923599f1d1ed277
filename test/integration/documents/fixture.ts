import type { ChannelInput } from '../../../shared/ipc/contract';
import type { PartyView } from '../../../shared/schemas/cases';
import type { TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { addUser, makeWorkspace } from '../../helpers/core';

/**
 * A realistic case for documents: a race hate incident on an estate, with a complainant, a witness, the
 * alleged perpetrator (a secure tenant) and his adult son (a household member, P3.8); confirmations,
 * first and final warnings, an ABC with a breach, an agreed and reviewed action plan, referrals with and
 * without consent, an injunction with its court and claim number, and an exhibit.
 */
export const PARTNER = {
  code: 'C33',
  name: 'Circle 33 Housing Trust',
  address: 'Circle House, 1 Reading Road, London N7 8QX',
  phone: '0300 456 2233',
  email: 'neighbourhoods@circle33.org.uk',
};

export function intake(): ChannelInput<'case:create'> {
  return {
    partner: 'C33',
    receivedAt: '2026-11-20T16:30:00Z',
    method: 'phone',
    category: 'hate-incident',
    summary: 'Racist abuse and threats on the landing of Elm House.',
    location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
    flags: ['violence-or-threat', 'fear-of-violence'],
    motivation: ['race'],
    perceivedAsHate: true,
    risk: { level: 'high', notes: 'Lives alone; threatened twice.' },
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1980-02-01', tenure: 'assured', address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123', email: 'amira.haddad@example.org' },
      { key: 'w', role: 'witness', name: 'George Pike', address: '6 Elm Road, London', postcode: 'N1 1AA', phone: '020 7946 0018' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', dateOfBirth: '1985-04-04', tenure: 'secure', address: '2 Elm Road, London', postcode: 'N1 1AB' },
      { key: 'k', role: 'household-member', name: 'Kyle Whitcombe', dateOfBirth: '2005-09-12', address: '2 Elm Road, London', postcode: 'N1 1AB', responsibleKey: 'b' },
    ],
    incidents: [
      { occurredAt: '2026-11-12T20:15:00Z', description: 'Kyle Whitcombe shouted racist abuse at Amira Haddad on the stairs.', acts: ['verbal-abuse', 'discriminatory-language'], reportedByKey: 'a' },
      { occurredAt: '2026-11-19T21:00:00Z', description: 'Darren Whitcombe threatened to burn Amira Haddad’s door; George Pike heard it.', acts: ['verbal-abuse', 'threat-of-violence'], reportedByKey: 'a' },
    ],
    consents: [],
  };
}

export interface RichCase {
  id: number;
  ref: string;
  complainant: PartyView;
  witness: PartyView;
  perp: PartyView;
  son: PartyView;
  first: number;
  final: number;
  abc: number;
  injunction: number;
  referralWithConsent: number;
  referralJustified: number;
  officer: { id: number };
}

export async function richCase(app: TestApp, options: { courtConsent?: boolean } = {}): Promise<RichCase> {
  await app.must('partners:save', { ...PARTNER, homes: 12000 });
  const officer = await addUser(app, { username: 'jo', displayName: 'Jo Baptiste', role: 'officer', passphrase: 'river stone lantern' });
  const c = await app.must('case:create', intake());
  await app.must('case:update', { id: c.id, ownerId: officer.id });
  const view = await app.must('case:get', { id: c.id });
  const by = (role: string) => view.parties.find((p) => p.role === role)!;
  const complainant = by('complainant');
  const witness = by('witness');
  const perp = by('alleged-perpetrator');
  const son = by('household-member');

  // P4.9: the complainant agreed to the others being interviewed (the interview invitation goes to them all).
  await app.must('interview:agreement', { caseId: c.id, basis: 'agreed', givenOn: '2026-11-20' });
  for (const p of [perp, son]) {
    await app.must('confirmation:add', { caseId: c.id, partyId: p.id, basis: 'independent-witness', detail: 'An independent witness heard it', on: '2026-11-20' });
  }
  const first = await app.must('action:create', {
    caseId: c.id,
    subjectPartyId: perp.id,
    startedOn: '2026-11-21',
    details: { kind: 'written-warning-first', behaviour: 'Threatening to set fire to a neighbour’s front door', tenancyClause: 'clause 3.4 (nuisance and harassment)' },
  });
  const final = await app.must('action:create', {
    caseId: c.id,
    subjectPartyId: perp.id,
    startedOn: '2026-11-21',
    details: { kind: 'written-warning-final', behaviour: 'Shouting racist abuse at neighbours in the shared stairwell', aboutPartyId: son.id },
  });
  const abc = await app.must('action:create', {
    caseId: c.id,
    subjectPartyId: son.id,
    startedOn: '2026-11-21',
    details: {
      kind: 'abc',
      prohibitions: ['Not to use abusive, racist or threatening language towards anyone living in or visiting Elm Road', 'Not to loiter in the shared stairwells of Elm House', 'Not to damage any door, wall or window on the Elm Estate'],
      positiveRequirements: ['To attend the youth support service appointments offered'],
      agencies: ['Islington Police Safer Neighbourhood Team'],
    },
  });
  await app.must('action:addEvent', { actionId: abc.id, kind: 'breach', at: '2026-11-21T08:00:00Z', summary: 'Shouted abuse at a neighbour in the stairwell of Elm House.' });
  const injunction = await app.must('action:create', {
    caseId: c.id,
    subjectPartyId: perp.id,
    startedOn: '2026-11-21',
    details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Road'], powerOfArrest: true, court: 'County Court at Clerkenwell and Shoreditch', claimNumber: 'K00CL123' },
  });

  await app.must('plan:save', {
    caseId: c.id,
    agreedAt: '2026-11-21T08:30:00Z',
    agreedWith: 'Amira Haddad, by phone',
    contactIntervalDays: 7,
    summary: 'Stop the abuse and keep Ms Haddad safe at home.',
    actions: [
      { what: 'Fit a door entry camera and a fire-proof letterbox', who: 'Repairs team', byDate: '2026-11-27' },
      { what: 'Visit Mr Whitcombe to give the warning in person', who: 'Jo Baptiste', byDate: '2026-11-24' },
      { what: 'Refer to Victim Support for emotional support', who: 'Jo Baptiste', byDate: null },
    ],
  });
  const consent = await app.must('consent:add', { caseId: c.id, partyId: complainant.id, consent: { recipient: 'support-agency', recipientName: 'Victim Support', purpose: 'Emotional support', writtenOn: '2026-11-20', source: 'Signed form' } });
  const referralWithConsent = await app.must('referral:add', { caseId: c.id, at: '2026-11-21T08:45:00Z', agency: 'victim-support', agencyName: 'Victim Support Islington', partyId: complainant.id, supportOffered: 'Please contact Ms Haddad to offer emotional support and a personal safety assessment.', consentId: consent.id });
  const referralJustified = await app.must('referral:add', {
    caseId: c.id,
    at: '2026-11-21T08:50:00Z',
    agency: 'police',
    agencyName: 'Islington Police Safer Neighbourhood Team',
    partyId: complainant.id,
    supportOffered: 'Please consider a patrol of Elm Road in the evenings and record the threats as a hate crime.',
    justification: 'A threat to set fire to her home: risk to life.',
  });
  if (options.courtConsent) {
    await app.must('consent:add', { caseId: c.id, partyId: complainant.id, consent: { recipient: 'court', purpose: 'To give evidence for the injunction', writtenOn: '2026-11-21', source: 'Signed statement form' } });
  }
  await app.must('evidence:add', { caseId: c.id, fileName: 'door.pdf', source: 'Photograph taken by Jo Baptiste', obtainedOn: '2026-11-20', description: 'Photographs of scorch marks on the front door', exhibitLabel: 'JB/1', bytes: await files.pdf(1) });
  return { id: c.id, ref: c.ref, complainant, witness, perp, son, first: first.id, final: final.id, abc: abc.id, injunction: injunction.id, referralWithConsent: referralWithConsent.id, referralJustified: referralJustified.id, officer };
}

/** What an officer would write in each template's required slots for this case. */
export const SLOTS: Record<string, Record<string, string>> = {
  'abc-review': {
    progress:
      'We met on 21/11/2026 with you and your support worker. You told us you have kept away from the stairwells of Elm House and have started the youth support sessions.\n\nWe have had no new reports since the contract was signed. Thank you: please keep it up.',
  },
  'agency-referral': {
    agencyAddress: 'Victim Support Islington\n1 Upper Street\nLondon N1 0PQ',
    safeContact: 'Mobile on weekdays after 6pm. Do not leave a voicemail: the person she fears lives in the same road.',
  },
  'case-review-update': {
    update:
      'Since we last wrote, we have given the person responsible a final written warning, and we have applied to the county court for an injunction to stop them coming into your road.\n\nThe door entry camera and fire-proof letterbox were fitted on 24/11/2026. The police have agreed to patrol the road in the evenings.',
  },
  'interview-invitation': { when: 'Tuesday 1 December 2026 at 10:00', bring: 'any notes, diary sheets, photos or recordings you have' },
  'witness-statement': {
    occupation: 'Retail assistant',
    statement:
      'I have lived at my home on the Elm Estate since 2019. I live alone.\n\nOn 12/11/2026 at about 20:15 I was walking up the stairs of Elm House when the son of my neighbour shouted racist abuse at me. I was frightened and went straight inside.\n\nOn 19/11/2026 at about 21:00 my neighbour stood outside my door and said he would burn it. I heard him clearly through the door. I called the police on 999.\n\nI refer to the photographs of the scorch marks on my front door marked JB/1. I now keep a fire extinguisher by the door and I do not go out after dark.',
    exhibits: 'JB/1',
  },
  'case-review-acknowledgement': { decisionBy: '2026-12-05' },
  closure: { note: 'Thank you for your patience while we dealt with this. We know it has been a very difficult time.' },
};

/** Records a made letter as sent (issue 17: making a letter meets nothing until it is sent), by default now. */
export async function send(app: TestApp, doc: { id: number }, at = app.now.value.toISOString(), how: ChannelInput<'document:recordSent'>['how'] = 'first-class') {
  return app.must('document:recordSent', { id: doc.id, how, at });
}

/** A workspace holding the rich case, open, with closure proposed, or closed (templates are offered by status). */
export interface CaseInStatus {
  app: TestApp;
  c: RichCase;
}

export async function richCaseIn(dir: string, status: 'open' | 'closure-proposed' | 'closed'): Promise<CaseInStatus> {
  const app = await makeWorkspace(dir);
  const c = await richCase(app, { courtConsent: true });
  if (status !== 'open') {
    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'The abuse has stopped since the injunction was granted, and Ms Haddad feels safe at home again.' });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:55:00Z', kind: 'call', summary: 'Agrees the case can close.', notPossibleReason: null });
  }
  if (status === 'closed') {
    await app.must('closure:offerAppeal', { caseId: c.id, offeredOn: '2026-11-21' });
    await app.must('closure:close', { caseId: c.id, at: '2026-11-21T08:58:00Z' });
  }
  return { app, c };
}
