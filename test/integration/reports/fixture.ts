import type { ChannelInput } from '../../../shared/ipc/contract';
import { makeWorkspace, type TestApp, addUser } from '../../helpers/core';

/**
 * A small, hand-built history for the report tests, made through the real services (dispatch, as the
 * app and the CLI do). The expected figures are worked out by hand in the tests from this list, never
 * by the report code. "Now" is Wednesday 15 July 2026; the report period is Q1 2026/27 (1 April to 30
 * June 2026, British Summer Time: it starts at 2026-03-31T23:00Z), compared with Q4 2025/26 (January to
 * March 2026).
 *
 *  case  partner  category        received          method     estate / postcode      what happens
 *  F     C33      asb             10 Feb (Q4)       phone      Elm Estate, N1 4DD      referral + cost + warning in Q4; closed 20 Jun "resolved" (late); survey 2
 *  G     C33      asb             3 Mar (Q4)        phone      Elm Estate, N1 5EE      closed 20 Mar (Q4) "no further action"; survey offered 25 Mar, completed 2 Apr: 4
 *  A     C33      asb             10 Apr 10:00Z     phone      Elm Estate, N1 1AA      2 complainants, a victim, a perpetrator; 2 incidents; police referral; verbal
 *                                                                                     warning and demotion; £1,500 legal cost; acknowledged on time
 *  H     C33      asb             15 Apr            letter     Elm Estate, n1 9zz      linked at intake to G, which was CLOSED: a new case for NM01; nothing acknowledged
 *  D     EPIC     asb             20 Apr            phone      (no estate), IP4 1AB    2 complainants; referral; £300 non-legal; acknowledgement waived; closed 10 Jun
 *                                                                                     "resolved" (on time); survey 5
 *  E     EPIC     domestic-abuse  25 Apr            in-person  Harbour Estate, IP4 2CD acknowledged on time
 *  B     C33      harassment      5 May 10:00Z      email      Elm Estate, N1 2BB      linked at intake to A, which was OPEN: a further report, not a new case for NM01;
 *                                                                                     acknowledged late
 *  C     C33      hate-incident   1 Jun 10:00Z      website    Oak Estate, N7 6QQ      police referral without consent; area letter; two repair costs (£120.50 + £49.50)
 *
 * Homes: C33 has 2,000 on its partner record. EPIC has dated figures: 400 from 1 January 2026 and 500
 * from 1 July 2026 (after the period), and 0 on its record. The other eight partners have none.
 */

export const NOW = new Date('2026-07-15T09:00:00Z');
export const Q1 = { from: '2026-04-01', to: '2026-06-30' } as const;
export const MANAGER = { username: 'nia', displayName: 'Nia Manager', passphrase: 'river stone lantern' };
export const C33_MANAGER = { username: 'mo', displayName: 'Mo Manager', passphrase: 'meadow copper bell' };
export const OFFICER = { username: 'olly', displayName: 'Olly Officer', passphrase: 'quiet garden path' };

type Intake = ChannelInput<'case:create'>;
type Party = NonNullable<Intake['parties']>[number];

function intake(o: { partner: string; category: Intake['category']; receivedAt: string; method: Intake['method']; estate: string; postcode: string; occurredAt: string; acts: string[]; parties?: Party[]; hate?: boolean; link?: number[] }): Intake {
  return {
    partner: o.partner,
    receivedAt: o.receivedAt,
    method: o.method,
    category: o.category,
    location: { address: '1 Test Street', estate: o.estate, postcode: o.postcode },
    motivation: o.hate ? ['race'] : [],
    perceivedAsHate: o.hate ?? false,
    parties: o.parties ?? [{ key: 'c1', role: 'complainant', name: 'Pat Complainant' }],
    incidents: [{ occurredAt: o.occurredAt, description: 'What happened, in the complainant’s words.', acts: o.acts as never }],
    linkToCaseIds: o.link ?? [],
  };
}

const complainant = (key: string, name: string): Party => ({ key, role: 'complainant', name });
const perpetrator = (key: string, name: string): Party => ({ key, role: 'alleged-perpetrator', name, tenure: 'secure' });

async function close(app: TestApp, caseId: number, outcome: 'resolved' | 'no-further-action', at: string) {
  await app.must('closure:propose', { caseId, outcome, reason: 'No further incidents reported.' });
  await app.must('closure:discuss', { caseId, at, kind: 'call', summary: 'Agreed the case can close.' });
  await app.must('closure:offerAppeal', { caseId, offeredOn: at.slice(0, 10) });
  await app.must('closure:close', { caseId, at });
}

async function partiesOf(app: TestApp, caseId: number) {
  return (await app.must('case:get', { id: caseId })).parties;
}

export interface Fixture {
  app: TestApp;
  ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', number>;
  refs: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', string>;
}

export async function buildFixture(root: string): Promise<Fixture> {
  const app = await makeWorkspace(root);
  app.now.value = NOW;
  await addUser(app, { ...MANAGER, role: 'manager' });
  await addUser(app, { ...C33_MANAGER, role: 'manager', partners: ['C33'] });
  await addUser(app, { ...OFFICER, role: 'officer' });
  await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', homes: 2000 });
  await app.must('partners:save', { code: 'EPIC', name: 'EPIC Trust', homes: 0 });
  await app.must('report:setHomes', { partner: 'EPIC', from: '2026-01-01', homes: 400 });
  await app.must('report:setHomes', { partner: 'EPIC', from: '2026-07-01', homes: 500 });

  // The previous quarter.
  const F = await app.must('case:create', intake({ partner: 'C33', category: 'asb', receivedAt: '2026-02-10T10:00:00Z', method: 'phone', estate: 'Elm Estate', postcode: 'N1 4DD', occurredAt: '2026-02-09T20:00:00Z', acts: ['nuisance'], parties: [complainant('c1', 'Fay First'), perpetrator('p1', 'Finn Noisy')] }));
  const G = await app.must('case:create', intake({ partner: 'C33', category: 'asb', receivedAt: '2026-03-03T10:00:00Z', method: 'phone', estate: 'Elm Estate', postcode: 'N1 5EE', occurredAt: '2026-03-02T20:00:00Z', acts: ['nuisance'] }));
  await app.must('referral:add', { caseId: F.id, at: '2026-02-15T10:00:00Z', agency: 'police', supportOffered: 'Advice' });
  await app.must('cost:add', { caseId: F.id, incurredOn: '2026-03-01', kind: 'external-legal', amountPence: 20000, description: 'Solicitor’s letter' });
  const fPerp = (await partiesOf(app, F.id)).find((p) => p.role === 'alleged-perpetrator')!;
  await app.must('action:create', { caseId: F.id, subjectPartyId: fPerp.id, startedOn: '2026-02-20', details: { kind: 'verbal-warning', summary: 'Told to keep the noise down at night.' } });
  await close(app, G.id, 'no-further-action', '2026-03-20T10:00:00Z');
  await app.must('survey:record', { caseId: G.id, offeredOn: '2026-03-25', completedOn: '2026-04-02', satisfaction: 4 });

  // Q1 2026/27.
  const A = await app.must(
    'case:create',
    intake({
      partner: 'C33',
      category: 'asb',
      receivedAt: '2026-04-10T10:00:00Z',
      method: 'phone',
      estate: 'Elm Estate',
      postcode: 'N1 1AA',
      occurredAt: '2026-04-09T21:00:00Z',
      acts: ['nuisance'],
      parties: [complainant('c1', 'Ann Able'), complainant('c2', 'Alf Able'), { key: 'v1', role: 'victim', name: 'Amy Able' }, perpetrator('p1', 'Perry Loud')],
    }),
  );
  const H = await app.must('case:create', intake({ partner: 'C33', category: 'asb', receivedAt: '2026-04-15T10:00:00Z', method: 'letter', estate: 'Elm Estate', postcode: 'n1 9zz', occurredAt: '2026-04-14T22:00:00Z', acts: ['vandalism'], link: [G.id] }));
  const D = await app.must(
    'case:create',
    intake({ partner: 'EPIC', category: 'asb', receivedAt: '2026-04-20T10:00:00Z', method: 'phone', estate: '', postcode: 'IP4 1AB', occurredAt: '2026-04-19T19:00:00Z', acts: ['nuisance'], parties: [complainant('c1', 'Dee Dunn'), complainant('c2', 'Dan Dunn')] }),
  );
  const E = await app.must('case:create', intake({ partner: 'EPIC', category: 'domestic-abuse', receivedAt: '2026-04-25T10:00:00Z', method: 'in-person', estate: 'Harbour Estate', postcode: 'IP4 2CD', occurredAt: '2026-04-24T23:00:00Z', acts: ['assault'] }));
  const B = await app.must(
    'case:create',
    intake({ partner: 'C33', category: 'harassment', receivedAt: '2026-05-05T10:00:00Z', method: 'email', estate: 'Elm Estate', postcode: 'N1 2BB', occurredAt: '2026-05-04T18:00:00Z', acts: ['verbal-abuse'], parties: [complainant('c1', 'Bea Brown'), perpetrator('p1', 'Bob Rude')], link: [A.id] }),
  );
  const C = await app.must(
    'case:create',
    intake({ partner: 'C33', category: 'hate-incident', hate: true, receivedAt: '2026-06-01T10:00:00Z', method: 'website', estate: 'Oak Estate', postcode: 'N7 6QQ', occurredAt: '2026-05-31T22:00:00Z', acts: ['graffiti'], parties: [complainant('c1', 'Cal Chen'), perpetrator('p1', 'Unknown Tagger')] }),
  );

  // A: a second incident (two acts), a referral, a warning and a demotion claim with its legal cost.
  await app.must('incident:add', { caseId: A.id, incident: { occurredAt: '2026-05-02T22:00:00Z', description: 'Shouted abuse and threatened to smash the window.', acts: ['verbal-abuse', 'threat-of-violence'] } });
  await app.must('referral:add', { caseId: A.id, at: '2026-04-12T10:00:00Z', agency: 'police', supportOffered: 'Advice on reporting further incidents' });
  const aPerp = (await partiesOf(app, A.id)).find((p) => p.role === 'alleged-perpetrator')!;
  await app.must('action:create', { caseId: A.id, subjectPartyId: aPerp.id, startedOn: '2026-04-20', details: { kind: 'verbal-warning', summary: 'Told the noise and abuse must stop.' } });
  await app.must('action:create', { caseId: A.id, subjectPartyId: aPerp.id, startedOn: '2026-06-05', details: { kind: 'demotion' } });
  await app.must('cost:add', { caseId: A.id, incurredOn: '2026-06-05', kind: 'external-legal', amountPence: 150000, description: 'Counsel for the demotion claim' });

  // C: referred to the police without consent (justified, P3.14), a letter to the area, graffiti clean-up twice.
  const cComplainant = (await partiesOf(app, C.id)).find((p) => p.role === 'complainant')!;
  await app.must('referral:add', { caseId: C.id, at: '2026-06-02T10:00:00Z', agency: 'police', partyId: cComplainant.id, justification: 'Risk of serious harm; urgent safeguarding.' });
  await app.must('action:create', { caseId: C.id, startedOn: '2026-06-03', details: { kind: 'area-letter', area: 'Oak Estate, blocks 1 to 4' } });
  await app.must('cost:add', { caseId: C.id, incurredOn: '2026-06-02', kind: 'repair-cleanup', amountPence: 12050, description: 'Graffiti removal' });
  await app.must('cost:add', { caseId: C.id, incurredOn: '2026-06-04', kind: 'repair-cleanup', amountPence: 4950, description: 'Graffiti removal, second visit' });

  // D: referral, a mediation service's bill, closed resolved on time, survey 5.
  await app.must('referral:add', { caseId: D.id, at: '2026-04-21T10:00:00Z', agency: 'victim-support', supportOffered: 'Emotional support' });
  await app.must('cost:add', { caseId: D.id, incurredOn: '2026-05-01', kind: 'external-non-legal', amountPence: 30000, description: 'Mediation service' });
  await close(app, D.id, 'resolved', '2026-06-10T10:00:00Z');
  await app.must('survey:record', { caseId: D.id, offeredOn: '2026-06-11', completedOn: '2026-06-15', satisfaction: 5 });

  // F closes in Q1, resolved, four months after the report: late.
  await close(app, F.id, 'resolved', '2026-06-20T10:00:00Z');
  await app.must('survey:record', { caseId: F.id, offeredOn: '2026-06-22', completedOn: '2026-06-25', satisfaction: 2 });

  // The 24-hour acknowledgement: A and E on time, B late, C and H never (breached), D waived by a manager.
  await app.must('deadline:recordFact', { caseId: A.id, kind: 'acknowledged', at: '2026-04-10T15:00:00Z' });
  await app.must('deadline:recordFact', { caseId: E.id, kind: 'acknowledged', at: '2026-04-25T12:00:00Z' });
  await app.must('deadline:recordFact', { caseId: B.id, kind: 'acknowledged', at: '2026-05-07T09:00:00Z' });

  // Equality answers (special category), recorded as the intake screen does.
  const put = async (caseId: number, name: string, data: ChannelInput<'equality:record'>['data']) => {
    const party = (await partiesOf(app, caseId)).find((p) => p.name === name)!;
    await app.must('equality:record', { partyId: party.id, data });
  };
  await put(A.id, 'Ann Able', { ethnicity: 'White', sex: 'Female' });
  await put(A.id, 'Alf Able', { ethnicity: 'White', sex: 'Female' });
  await put(A.id, 'Amy Able', { ethnicity: 'White' });
  await put(B.id, 'Bea Brown', { ethnicity: 'White', sex: 'Female' });
  await put(C.id, 'Cal Chen', { ethnicity: 'Asian or Asian British', sex: 'Male' });
  await put(D.id, 'Dee Dunn', { ethnicity: 'White', sex: 'Female' });
  await put(D.id, 'Dan Dunn', { ethnicity: 'Asian or Asian British', sex: 'Female' });
  await put(E.id, 'Pat Complainant', { ethnicity: 'Black, Black British, Caribbean or African', sex: 'Female', sexualOrientation: 'Prefer not to say' });
  await put(H.id, 'Pat Complainant', { ethnicity: 'White', sex: 'Female' });
  await put(F.id, 'Fay First', { ethnicity: 'Mixed or multiple ethnic groups', sex: 'Female' }); // previous quarter: not counted

  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: MANAGER.username, passphrase: MANAGER.passphrase });
  await app.must('deadline:waive', { caseId: D.id, ruleId: 'acknowledge', occurrence: 1, reason: 'Complainant asked us to write only after the weekend.' });
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });

  const ids = { A: A.id, B: B.id, C: C.id, D: D.id, E: E.id, F: F.id, G: G.id, H: H.id };
  const refs = { A: A.ref, B: B.ref, C: C.ref, D: D.ref, E: E.ref, F: F.ref, G: G.ref, H: H.ref };
  return { app, ids, refs };
}

/** Signs the fixture's app in as someone else. */
export async function signInAs(app: TestApp, who: { username: string; passphrase: string }): Promise<void> {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: who.username, passphrase: who.passphrase });
}
