import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

async function caseWithPerp(app: TestApp, over: Parameters<typeof raceHateIntake>[0] = {}) {
  const c = await app.must('case:create', raceHateIntake(over));
  const view = await app.must('case:get', { id: c.id });
  const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  const complainant = view.parties.find((p) => p.role === 'complainant')!;
  return { ...c, perp, complainant };
}
const warning = (caseId: number, subjectPartyId: number) =>
  ({ caseId, subjectPartyId, startedOn: '2026-11-21', details: { kind: 'written-warning-first' as const, behaviour: 'Racist abuse on the landing' } }) as const;

describe('actions on a case, enforced in the main process', () => {
  it('a written warning is refused without a confirmation, then issued once one is recorded, with its live period', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app);
    const refused = await app.call('action:create', warning(c.id, c.perp.id));
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/confirmation.*\(P5\.4\)/) } });
    expect((await app.must('action:list', { caseId: c.id })).actions).toEqual([]);
    await app.must('confirmation:add', { caseId: c.id, partyId: c.perp.id, basis: 'independent-witness', detail: 'George Pike saw and heard it', on: '2026-11-20' });
    const issued = await app.must('action:create', warning(c.id, c.perp.id));
    expect(issued).toMatchObject({ kind: 'written-warning-first', status: 'active', expiresOn: '2027-02-21', subjectName: 'Darren Whitcombe' });
    const chronology = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(chronology).toContain('First written warning — Darren Whitcombe');
    expect(chronology).toContain('Confirmation of harassment recorded (P5.4) — Darren Whitcombe');
  });

  it('legal action on one incident needs a reason, which is kept with the action', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app, { category: 'harassment', motivation: [], perceivedAsHate: false });
    const input = { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'demotion' as const } };
    expect(await app.must('action:check', input)).toMatchObject({ flags: [{ guard: 'single-incident', rule: 'P3.4' }] });
    expect(await app.call('action:create', input)).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/single incident/) } });
    const made = await app.must('action:create', { ...input, acknowledgements: { 'single-incident': 'Serious assault seen by two members of staff' } });
    expect(made.acknowledgements).toEqual({ 'single-incident': 'Serious assault seen by two members of staff' });
  });

  it('an injunction states the legal-aid line, records hearings and breaches, and a proven breach opens the absolute ground', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'lena', displayName: 'Lena Legal', role: 'legal', passphrase: 'river stone lantern' });
    const c = await caseWithPerp(app);
    // The profile keeps the policy's adults-only rule; the perpetrator's age must be known.
    expect(await app.call('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Road'] } })).toMatchObject({
      ok: false,
      error: { code: 'guard', message: expect.stringMatching(/date of birth/) },
    });
    await app.must('party:update', { id: c.perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', dateOfBirth: '1985-04-04' } });
    const inj = await app.must('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Road'], powerOfArrest: true, court: 'Clerkenwell County Court', claimNumber: 'K00CL123' } });
    expect(inj.details.legalAidStatement).toMatch(/without any means test/);
    await app.must('action:addEvent', { actionId: inj.id, kind: 'hearing', at: '2026-11-21T09:00:00Z', summary: 'Listed', nextHearingAt: '2026-12-07T10:00:00Z' });
    const possessionInput = { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'possession' as const, absolute: true, absoluteCondition: 'injunction-breach', conditionActionId: inj.id } };
    expect(await app.call('action:create', possessionInput)).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/proven/) } });
    await app.must('action:addEvent', { actionId: inj.id, kind: 'breach', at: '2026-11-21T08:00:00Z', summary: 'Entered Elm Road and shouted abuse', proven: true });
    const claim = await app.must('action:create', possessionInput);
    expect(claim.details.ground).toBe('Absolute ground, Housing Act 1985 s84A');
    // The legal team sees it in the register once the case is referred to legal.
    await app.must('case:update', { id: c.id, legalReferred: true });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    const register = await app.must('legal:register', {});
    const row = register.find((r) => r.actionId === inj.id)!;
    expect(row).toMatchObject({ ref: c.ref, court: 'Clerkenwell County Court', claimNumber: 'K00CL123', nextHearingAt: '2026-12-07T10:00:00.000Z', breaches: 1, provenBreaches: 1, absoluteGroundOpen: true });
    expect(register.map((r) => r.kind).sort()).toEqual(['civil-injunction', 'possession']);
  });

  it('possession of a starter tenancy is refused with what to do instead', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app, { parties: [{ key: 'a', role: 'complainant', name: 'Amira Haddad' }, { key: 'b', role: 'alleged-perpetrator', name: 'Sam Starter', tenure: 'starter' }] });
    const r = await app.call('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'possession' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/starter .*review procedure/) } });
  });

  it('shows the police’s criminal action when legal action is considered (P5.8)', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app);
    await app.must('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-20', details: { kind: 'police-measure', measure: 'charge' } });
    const report = await app.must('action:check', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'restraining-order' } });
    expect(report.notices).toEqual([expect.objectContaining({ guard: 'police-action', rule: 'P5.8' })]);
  });
});

describe('closure (P6.2)', () => {
  it('needs the discussion and the appeal offer; the appeal window comes from the profile; an appeal can reopen', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'nia', displayName: 'Nia Manager', role: 'manager', passphrase: 'river stone lantern' });
    const c = await caseWithPerp(app);
    expect(await app.call('closure:close', { caseId: c.id, at: '2026-11-21T08:00:00Z' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Propose/) } });
    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'No incidents since the warning' });
    expect(await app.call('closure:close', { caseId: c.id, at: '2026-11-21T08:00:00Z' })).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/discussion.*appeal/) } });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:10:00Z', kind: 'call', summary: 'Happy for the case to close' });
    expect((await app.call('closure:close', { caseId: c.id, at: '2026-11-21T08:20:00Z' })).ok).toBe(false);
    const offered = await app.must('closure:offerAppeal', { caseId: c.id, offeredOn: '2026-11-21' });
    expect(offered.appealWindowEndsOn).toBe('2026-12-04'); // 10 working days
    const closed = await app.must('closure:close', { caseId: c.id, at: '2026-11-21T08:30:00Z' });
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-11-21T08:30:00.000Z', missing: [] });
    // Closure starts the feedback survey rule.
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'feedback-survey')).toMatchObject({ state: 'pending', dueAt: '2026-12-04T23:59:00.000Z' }); // 10 working days from Saturday
    await app.must('survey:record', { caseId: c.id, offeredOn: '2026-11-21', completedOn: '2026-11-21', satisfaction: 4, comments: 'Kept me informed' });
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'feedback-survey')!.state).toBe('met-on-time');
    expect(await app.call('appeal:lodge', { caseId: c.id, lodgedOn: '2026-12-10', grounds: 'Late' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/window ended on 2026-12-04/) } });
    await app.must('appeal:lodge', { caseId: c.id, lodgedOn: '2026-11-21', grounds: 'The abuse started again last night' });
    expect(await app.call('appeal:decide', { caseId: c.id, decision: 'reopen', reasons: 'New incident reported' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'nia', passphrase: 'river stone lantern' });
    const reopened = await app.must('appeal:decide', { caseId: c.id, decision: 'reopen', reasons: 'New incident reported on appeal' });
    expect(reopened.status).toBe('open');
    expect((await app.must('case:get', { id: c.id })).header.status).toBe('open');
  });

  it('an anonymous report records why the discussion was not possible', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake({ anonymousReport: true, parties: [{ key: 'a', role: 'complainant', name: '', anonymous: true }] }));
    await app.must('closure:propose', { caseId: c.id, outcome: 'no-further-action', reason: 'No perpetrator identified' });
    expect(await app.call('closure:discuss', { caseId: c.id, at: '2026-11-21T08:00:00Z', kind: 'letter', summary: 'n/a' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no named complainant/) } });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:00:00Z', kind: 'letter', summary: 'n/a', notPossibleReason: 'Anonymous report with no contact details' });
    expect((await app.must('closure:get', { caseId: c.id })).missing).toEqual(['Record that the complainant was offered the chance to appeal (P6.2).']);
  });
});
