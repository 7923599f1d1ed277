import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { Role } from '../../../shared/roles';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, addUser, makeWorkspace, type TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { acceptRedactions } from '../bundles/setup';

/**
 * One workspace with a restricted case that has one of every kind of record a channel can name (a party,
 * a consent, an action, a plan action, evidence, a document, a bundle, a bundle build and a batch of
 * letters), made before it was restricted, and referred to legal; and people of each role in the
 * case's partner (C33) and in another (WH).
 */
export const PASS = 'river stone lantern';
export const SECRETS = ['Zebedee Quartermaine', 'Ignatius Fairweather', 'Larkspur Mews', 'Quartermaine dispute'];
export type Person = `${Role}-${'c33' | 'wh'}`;

export interface Restricted {
  app: TestApp;
  caseId: number;
  ref: string;
  complainantId: number;
  perpId: number;
  consentId: number;
  actionId: number;
  planId: number;
  planActionId: number;
  evidenceId: number;
  documentId: number;
  bundleId: number;
  /** Jobs started by legal-c33 and by officer-c33: a job's owner is the only one who can ask about it. */
  bundleJobId: string;
  letterJobId: string;
  bundlePlan: ChannelOutput<'bundle:sources'>['defaultPlan'];
}

export async function signInAs(app: TestApp, who: Person | 'ada'): Promise<void> {
  if (app.core.sessions.current()) await app.must('session:signOut', {});
  await app.must('session:signIn', who === 'ada' ? { username: ADMIN.username, passphrase: ADMIN.passphrase } : { username: who, passphrase: PASS });
}

async function waitFor<T extends { state: string }>(poll: () => Promise<T>): Promise<T> {
  for (;;) {
    const s = await poll();
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 30));
  }
}

export async function restrictedWorkspace(root: string): Promise<Restricted> {
  const app = await makeWorkspace(root);
  await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
  for (const role of ['officer', 'legal', 'manager'] as const) {
    await addUser(app, { username: `${role}-c33`, displayName: `${role} of C33`, role, passphrase: PASS, partners: ['C33'] });
    await addUser(app, { username: `${role}-wh`, displayName: `${role} of WH`, role, passphrase: PASS, partners: ['WH'] });
  }
  const intake = raceHateIntake({
    summary: 'The Quartermaine dispute: a member of staff is involved.',
    location: { address: '99 Larkspur Mews', estate: 'Larkspur', postcode: 'N1 9ZZ' },
    parties: [
      { key: 'a', role: 'complainant', name: 'Zebedee Quartermaine', dateOfBirth: '1980-02-01', tenure: 'assured', address: '99 Larkspur Mews' },
      { key: 'b', role: 'alleged-perpetrator', name: 'Ignatius Fairweather', dateOfBirth: '1985-04-04', tenure: 'secure', address: '97 Larkspur Mews' },
    ],
  });
  const created = await app.must('case:create', intake);
  const caseId = created.id;
  const partyId = (key: string) => created.parties.find((p) => p.key === key)!.id;
  const consent = await app.must('consent:add', { caseId, partyId: partyId('a'), consent: { recipient: 'court', purpose: 'The injunction hearing', writtenOn: '2026-11-20', source: 'Signed form' } });
  const action = await app.must('action:create', {
    caseId,
    subjectPartyId: partyId('b'),
    startedOn: '2026-11-21',
    details: { kind: 'civil-injunction', housingManagementLink: 'The Defendant is the Claimant’s secure tenant and the behaviour is towards the Claimant’s tenants in and around their homes on its estate', conductLimbs: ['a', 'b'], durationMonths: 12, terms: [{ kind: 'prohibition', text: 'entering Larkspur Mews', powerOfArrest: true, arrestGround: 'violence' }], court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL999' },
    acknowledgements: { 'single-incident': 'A threat to burn the home: one incident is enough (P3.4).' },
  } as ChannelInput<'action:create'>);
  const plan = await app.must('plan:save', { caseId, summary: 'Keep the complainant safe', actions: [{ what: 'Visit weekly', who: 'Officer' }] });
  const planActionId = (await app.must('plan:get', { caseId })).plans[0]!.actions[0]!.id;
  const evidence = await app.must('evidence:add', { caseId, fileName: 'door.png', source: 'Complainant', obtainedOn: '2026-11-20', bytes: files.png(4, 4) });
  const document = await app.must('document:generate', { caseId, templateId: 'acknowledgement', partyId: partyId('a') });
  await app.must('case:update', { id: caseId, legalReferred: true });

  await signInAs(app, 'legal-c33');
  const sources = await app.must('bundle:sources', { caseId });
  await acceptRedactions(app, caseId, sources.defaultPlan);
  const job = await app.must('bundle:build', { caseId, plan: sources.defaultPlan });
  const built = await waitFor(() => app.must('job:status', { jobId: job.jobId }));
  if (built.state !== 'done') throw new Error(`the fixture's bundle ended ${built.state}: ${built.message}`);

  await signInAs(app, 'officer-c33');
  const batch = await app.must('document:batchStart', { caseId, templateId: 'area-letter', addresses: ['1 Larkspur Mews, London, N1 9ZZ'] });
  await waitFor(() => app.must('job:status', { jobId: batch.jobId }));

  await signInAs(app, 'ada');
  await app.must('case:restrict', { id: caseId, restricted: true, reason: 'A member of staff is a party to this case.' });
  await app.must('session:signOut', {});
  return {
    app,
    caseId,
    ref: created.ref,
    complainantId: partyId('a'),
    perpId: partyId('b'),
    consentId: consent.id,
    actionId: action.id,
    planId: plan.id,
    planActionId,
    evidenceId: evidence.id,
    documentId: (document as ChannelOutput<'document:generate'>).id,
    bundleId: job.bundleId,
    bundleJobId: job.jobId,
    letterJobId: batch.jobId,
    bundlePlan: sources.defaultPlan,
  };
}
