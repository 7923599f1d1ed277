import { describe, expect, it } from 'vitest';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

/** Issue 18 item 3 (P5.6): ABC reviews are due items; ABCs, warnings and orders expire on their own; orders remind before. */
const temp = useTempDirs();

async function caseWithPerp(app: TestApp) {
  const c = await app.must('case:create', raceHateIntake());
  const view = await app.must('case:get', { id: c.id });
  return { ...c, perp: view.parties.find((p) => p.role === 'alleged-perpetrator')! };
}
const signInAgainAt = async (app: TestApp, at: string) => {
  await app.must('session:signOut', {});
  app.now.value = new Date(at);
  await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
};
const abcReviews = async (app: TestApp, caseId: number) => (await app.must('deadline:forCase', { caseId })).filter((i) => i.ruleId === 'abc-review');

describe('ABC reviews and expiry (P5.6)', () => {
  it('an ABC’s 4-weekly review is a due item that becomes overdue, reaches the dashboard, and is met by a review', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app);
    const abc = await app.must('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'abc', prohibitions: ['Not to shout at neighbours'] } });
    expect(abc.expiresOn).toBe('2027-05-21');
    expect(await abcReviews(app, c.id)).toMatchObject([{ dueAt: '2026-12-19T23:59:00.000Z', state: 'pending', label: 'Review the Acceptable Behaviour Contract' }]);

    await signInAgainAt(app, '2026-12-21T09:00:00Z');
    expect(await abcReviews(app, c.id)).toMatchObject([{ state: 'breached' }]);
    const dashboard = await app.must('deadline:dashboard', {});
    expect(JSON.stringify(dashboard)).toContain('Review the Acceptable Behaviour Contract');

    await app.must('action:addEvent', { actionId: abc.id, kind: 'review', at: '2026-12-21T08:30:00Z', summary: 'Reviewed with him and his mother: no incidents' });
    expect((await abcReviews(app, c.id)).map((i) => [i.state, i.dueAt])).toEqual([
      ['met-late', '2026-12-19T23:59:00.000Z'],
      ['pending', '2027-01-18T23:59:00.000Z'],
    ]);
  });

  it('a lapsed ABC and warning are marked expired at sign-in with a dated chronology entry, once; the ABC’s reviews stop', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app);
    const abc = await app.must('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'abc', prohibitions: ['Not to shout at neighbours'], durationMonths: 1 } });
    await app.must('confirmation:add', { caseId: c.id, partyId: c.perp.id, basis: 'independent-witness', detail: 'George Pike saw it', on: '2026-11-20' });
    const warning = await app.must('action:create', { caseId: c.id, subjectPartyId: c.perp.id, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Abuse on the landing', livePeriodMonths: 1 } });
    // Still running on its last day.
    await signInAgainAt(app, '2026-12-21T20:00:00Z');
    await app.must('action:addEvent', { actionId: abc.id, kind: 'review', at: '2026-12-15T10:00:00Z', summary: 'Reviewed' });
    expect((await app.must('action:list', { caseId: c.id })).actions.map((a) => a.status)).toEqual(['active', 'active']);

    await signInAgainAt(app, '2026-12-22T09:00:00Z');
    await signInAgainAt(app, '2026-12-23T09:00:00Z'); // a second sweep records nothing twice
    expect(app.core.sweepExpiries()).toBe(0);
    const { actions } = await app.must('action:list', { caseId: c.id });
    expect(actions.find((a) => a.id === abc.id)).toMatchObject({ status: 'expired', events: [{ kind: 'review' }, { kind: 'outcome', at: '2026-12-21T23:59:00.000Z' }] });
    expect(actions.find((a) => a.id === warning.id)!.events).toMatchObject([{ kind: 'outcome', summary: 'First written warning expired at the end of 21/12/2026. Marked automatically.' }]);
    const chronology = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(chronology.filter((t) => /: outcome$/.test(t))).toHaveLength(2);
    // Reviewed once, then it ended: no review falls due after its end.
    expect((await abcReviews(app, c.id)).map((i) => i.state)).toEqual(['met-on-time']);
  });

  it('the legal register reminds before an order expires, then the order expires on its own', async () => {
    const app = await makeWorkspace(temp());
    const c = await caseWithPerp(app);
    await app.must('party:update', { id: c.perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', dateOfBirth: '1985-04-04' } });
    const inj = await app.must('action:create', {
      caseId: c.id,
      subjectPartyId: c.perp.id,
      startedOn: '2026-11-21',
      details: { kind: 'civil-injunction', prohibitions: ['Not to enter Elm Road'], court: 'Clerkenwell County Court' },
      acknowledgements: { 'single-incident': 'Serious abuse seen by two members of staff' },
    });
    await app.must('action:update', { id: inj.id, status: 'granted', expiresOn: '2027-03-01' });
    const row = async () => (await app.must('legal:register', {})).find((r) => r.actionId === inj.id)!;
    expect(await row()).toMatchObject({ renewalReminderFrom: '2027-02-01', renewalDue: false });
    await signInAgainAt(app, '2027-02-01T09:00:00Z');
    expect(await row()).toMatchObject({ renewalDue: true, status: 'granted' });
    await signInAgainAt(app, '2027-03-02T09:00:00Z');
    expect(await app.must('legal:register', { status: 'all' })).toEqual(expect.arrayContaining([expect.objectContaining({ actionId: inj.id, status: 'expired', renewalDue: false })]));
  });
});
