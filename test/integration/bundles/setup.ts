import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import * as fx from '../../fixtures/bundles/make';

/**
 * A case ready for a bundle, made through dispatch as the app would: a race hate incident with a
 * complainant, a witness and a respondent, a recorded civil injunction with a hearing, referred to
 * legal, with evidence of every awkward kind, and a legal user signed in.
 */
export const LEGAL = { username: 'lena', displayName: 'Lena Legal', passphrase: 'river stone lantern' };
export const OFFICER = { username: 'olu', displayName: 'Olu Adeyemi', passphrase: 'copper kettle morning rain' };

export interface BundleCase extends TestApp {
  caseId: number;
  ref: string;
  evidence: Record<string, ChannelOutput<'evidence:add'>>;
}

export type FixtureName = 'multi' | 'landscape' | 'rotated' | 'turned' | 'bookmarked' | 'scanned' | 'damaged' | 'encrypted' | 'photo' | 'sideways-photo' | 'png' | 'duplicate';

let diary: Uint8Array | undefined;

async function fixture(name: FixtureName): Promise<{ fileName: string; bytes: Uint8Array; description: string }> {
  switch (name) {
    case 'multi':
      return { fileName: 'noise-diary.pdf', bytes: (diary ??= await fx.multiPage(5)), description: 'Noise diary kept by the complainant, 5 pages' };
    case 'landscape':
      return { fileName: 'incident-log.pdf', bytes: await fx.landscape(), description: 'Incident log (landscape table)' };
    case 'rotated':
      return { fileName: 'scanned-letters.pdf', bytes: await fx.rotated(), description: 'Letters scanned at odd angles' };
    case 'turned':
      return { fileName: 'visit-schedule.pdf', bytes: await fx.turnedLandscape(), description: 'Schedule of visits' };
    case 'bookmarked':
      return { fileName: 'police-report.pdf', bytes: await fx.bookmarked(), description: 'Police report with chapters' };
    case 'scanned':
      return { fileName: 'scan.pdf', bytes: await fx.scanned(2), description: 'Scanned handwritten note' };
    case 'damaged':
      return { fileName: 'broken.pdf', bytes: await fx.damaged(), description: 'A PDF that arrived damaged' };
    case 'encrypted':
      return { fileName: 'locked.pdf', bytes: fx.encrypted(), description: 'Password-protected housing file' };
    case 'photo':
      return { fileName: 'door.jpg', bytes: fx.photo(4000, 3000), description: 'Photo of the scorched front door' };
    case 'sideways-photo':
      return { fileName: 'graffiti.jpg', bytes: fx.photoWithOrientation(6), description: 'Photo of the graffiti, taken with the phone on its side' };
    case 'png':
      return { fileName: 'screenshot.png', bytes: fx.png(400, 300), description: 'Screenshot of the threatening message' };
    case 'duplicate':
      return { fileName: 'noise-diary-copy.pdf', bytes: (diary ??= await fx.multiPage(5)), description: 'Second copy of the noise diary' };
  }
}

/**
 * The injunction as issue 15 says the papers need it: the s.5(3) link and s.2(1) limbs pleaded, each term
 * with its own power of arrest and ground, a 12-month order, nothing in a term that identifies the
 * complainant or the witness. `LEGACY_INJUNCTION` is what the papers were built from before (every
 * fault issue 15 lists), recorded as older versions of Hearth recorded it.
 */
export const PROPER_INJUNCTION = {
  housingManagementLink: 'The Defendant is the Claimant’s secure tenant of 2 Elm Road, and the behaviour is towards the Claimant’s tenants in their homes and the shared parts of its Elm Estate',
  conductLimbs: ['a', 'b'],
  terms: [
    { kind: 'prohibition', text: 'using or threatening violence against any person living in Elm Road, London', powerOfArrest: true, arrestGround: 'violence' },
    { kind: 'prohibition', text: 'shouting abuse at, or threatening, any person in Elm Road, London' },
    {
      kind: 'requirement',
      text: 'attend a course to address the behaviour, as directed by the Claimant’s officer',
      supervisor: 'Elm Valley Support Services',
      suitabilityEvidence: 'letter from Priya Shah, service manager of Elm Valley Support Services, dated 10/11/2026, confirming a place on its 8-week course and that it will report attendance',
    },
  ],
  durationMonths: 12,
};
export const LEGACY_INJUNCTION = {
  prohibitions: ['using or threatening violence against Amira Haddad or anyone living at 4 Elm Road', 'entering Elm Road, London N1 1AA'],
  requirements: ['attending a course to address his behaviour, as directed'],
  powerOfArrest: true,
  exclusion: true,
  exclusionFrom: 'the landing of 2–8 Elm Road',
};

export async function bundleCase(
  root: string,
  opts: { consent?: boolean; files?: FixtureName[]; restricted?: boolean; injunction?: Record<string, unknown>; recordedBefore15?: Record<string, unknown> } = {},
): Promise<BundleCase> {
  const app = await makeWorkspace(root);
  await addUser(app, { username: LEGAL.username, displayName: LEGAL.displayName, role: 'legal', passphrase: LEGAL.passphrase });
  const intake = raceHateIntake({ summary: 'Amira Haddad reports racist abuse and threats from her neighbour Darren Whitcombe; George Pike saw it. Call Amira on 07700 900123.' });
  const created = await app.must('case:create', intake);
  const view = await app.must('case:get', { id: created.id });
  const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  const complainant = view.parties.find((p) => p.role === 'complainant')!;
  const witness = view.parties.find((p) => p.role === 'witness')!;
  await app.must('party:update', { id: perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', address: '2 Elm Road', postcode: 'N1 1AA', dateOfBirth: '1985-04-04' } });
  if (opts.consent) {
    for (const p of [complainant, witness]) {
      await app.must('consent:add', { caseId: created.id, partyId: p.id, consent: { recipient: 'court', purpose: 'The injunction hearing', writtenOn: '2026-11-20', source: 'Signed form' } });
    }
  }
  await app.must('incident:add', {
    caseId: created.id,
    incident: {
      occurredAt: '2026-11-20T22:15:00Z',
      description: 'Amira Haddad heard Darren Whitcombe kick her door and shout that he would burn her out. George Pike (6 Elm Road) saw him on the landing.',
      acts: ['threat-of-violence', 'verbal-abuse'],
    },
    reportedByPartyId: complainant.id,
  });
  const inj = await app.must('action:create', {
    caseId: created.id,
    subjectPartyId: perp.id,
    startedOn: '2026-11-21',
    details: {
      kind: 'civil-injunction',
      withoutNotice: true,
      withoutNoticeJustification: 'the Defendant threatened to burn the complainant out if she went to the authorities',
      court: 'Clerkenwell and Shoreditch',
      claimNumber: 'K00CL123',
      ...(opts.injunction ?? PROPER_INJUNCTION),
    },
    acknowledgements: { 'single-incident': 'Hate incident with a threat to burn the home: one incident is enough (P3.4).' },
  } as ChannelInput<'action:create'>);
  if (opts.recordedBefore15) {
    // As an older Hearth stored it, before these fields and guards existed (the guards now refuse it).
    const legacy = { kind: 'civil-injunction', withoutNotice: true, withoutNoticeJustification: 'the Defendant threatened to burn the complainant out if she went to the authorities', court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL123', ...opts.recordedBefore15 };
    app.core.sessions.current()!.ws.db.prepare('UPDATE case_actions SET details = ? WHERE id = ?').run(JSON.stringify(legacy), inj.id);
  }
  await app.must('action:addEvent', { actionId: inj.id, kind: 'hearing', at: '2026-11-21T09:00:00Z', summary: 'Listed for a without-notice hearing', nextHearingAt: '2026-12-03T10:00:00Z' });
  await app.must('case:update', { id: created.id, legalReferred: true });
  const evidence: Record<string, ChannelOutput<'evidence:add'>> = {};
  for (const name of opts.files ?? []) {
    const f = await fixture(name);
    evidence[name] = await app.must('evidence:add', {
      caseId: created.id,
      fileName: f.fileName,
      source: 'Elm Estate office',
      obtainedOn: '2026-11-20',
      description: f.description,
      bytes: f.bytes,
      allowDuplicate: name === 'duplicate',
    });
  }
  // Restricted last: from then on even the administrator needs to open the case with a reason first.
  if (opts.restricted) await app.must('case:restrict', { id: created.id, restricted: true, reason: 'A member of staff lives on the estate' });
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
  return { ...app, caseId: created.id, ref: created.ref, evidence };
}

/**
 * The redaction review (issue 16 §3) done the quickest way: every suggested replacement accepted. A build
 * is refused until each passage is decided; tests about something else decide them here.
 */
export async function acceptRedactions(app: Pick<BundleCase, 'must'>, caseId: number, plan: ChannelInput<'bundle:build'>['plan'], lateAdditionsTo: number | null = null, lateMode: 'append' | 'separate' = 'append') {
  const target = { kind: 'bundle' as const, plan, lateAdditionsTo, lateMode };
  let review = await readExhibits(app, caseId, target);
  for (const item of review.items.filter((i) => !i.decision)) review = await app.must('redaction:decide', { caseId, target, key: item.key, decision: 'accept' });
  const boxes = review.boxes.filter((b) => !b.decision);
  for (const box of boxes) review = await app.must('redaction:decide', { caseId, target, key: box.key, decision: 'accept' });
  if (review.boxes.length) await copiesMade(app, caseId);
  return review;
}

/** The review once every exhibit in the plan has been read (the exhibit-read job it starts, waited for). */
export async function readExhibits(app: Pick<BundleCase, 'must'>, caseId: number, target: ChannelInput<'redaction:review'>['target']) {
  let review = await app.must('redaction:review', { caseId, target });
  while (review.reading) {
    let status = await app.must('job:status', { jobId: review.reading });
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = await app.must('job:status', { jobId: review.reading });
    }
    if (status.state !== 'done') throw new Error(`reading the exhibits ended ${status.state}: ${status.message}`);
    review = await app.must('redaction:review', { caseId, target });
  }
  return review;
}

/** Waits until no exhibit's redacted copy is still being made (accepted boxes start one each). */
export async function copiesMade(app: Pick<BundleCase, 'must'>, caseId: number) {
  for (;;) {
    const sources = await app.must('bundle:sources', { caseId });
    if (!sources.candidates.some((c) => c.problem?.includes('still being made'))) return sources;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Builds with the default plan (or a changed one), its redaction review accepted, and waits for it. */
export async function buildDefault(app: BundleCase, change?: (plan: ChannelOutput<'bundle:sources'>['defaultPlan']) => ChannelInput<'bundle:build'>['plan']) {
  const sources = await app.must('bundle:sources', { caseId: app.caseId });
  const plan = change ? change(sources.defaultPlan) : sources.defaultPlan;
  await acceptRedactions(app, app.caseId, plan);
  const job = await app.must('bundle:build', { caseId: app.caseId, plan });
  let progress = await app.must('job:status', { jobId: job.jobId });
  const seen: ChannelOutput<'job:status'>[] = [progress];
  while (progress.state === 'running') {
    await new Promise((r) => setTimeout(r, 30));
    progress = await app.must('job:status', { jobId: job.jobId });
    seen.push(progress);
  }
  if (progress.state !== 'done') throw new Error(`the build ended ${progress.state}: ${progress.message}`);
  const pdf = await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' });
  const detail = await app.must('bundle:get', { bundleId: job.bundleId });
  return { sources, plan, job, progress, seen, pdf, detail };
}

export { ADMIN };
