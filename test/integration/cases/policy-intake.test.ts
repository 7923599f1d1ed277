import { describe, expect, it } from 'vitest';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

/** Issue 18 items 1, 8, 9 and 10: intake follows the policy's paragraphs and the council page. */
const temp = useTempDirs();

/** A plain harassment report on a Wednesday: no hate category, no flags. */
const plain = (over: Parameters<typeof raceHateIntake>[0] = {}) =>
  raceHateIntake({ category: 'harassment', receivedAt: '2026-11-18T10:00:00Z', flags: [], motivation: [], perceivedAsHate: false, risk: { level: 'standard', notes: '' }, incidents: [{ occurredAt: '2026-11-17T21:00:00Z', description: 'Notes pushed through the door.', reportedByKey: 'a' }], ...over });
const items = async (app: TestApp, caseId: number) => await app.must('deadline:forCase', { caseId });

describe('P3.1 / P3.2: perceived harassment (item 1)', () => {
  it('a report perceived as harassment on grounds of age, or none ticked, is treated as harassment from intake', async () => {
    const app = await makeWorkspace(temp());
    for (const motivation of [['age'], []] as const) {
      const c = await app.must('case:create', plain({ motivation: [...motivation], perception: { by: 'victim', how: 'She says he targets her because she is 84.' } }));
      expect(c.urgent.map((u) => u.ruleId)).toContain('urgent-response');
      const header = (await app.must('case:get', { id: c.id })).header;
      expect(header.perception).toEqual({ by: 'victim', how: 'She says he targets her because she is 84.' });
      // Not a hate incident for the regulator's count: age is not one of its five strands.
      expect(header.hateIncident).toBe(false);
    }
    const unperceived = await app.must('case:create', plain({ motivation: ['age'] }));
    expect((await items(app, unperceived.id)).map((i) => i.ruleId)).not.toContain('urgent-response');
  });

  it('the policy’s own grounds map to the regulator’s strands: nationality and colour count as race, illness with disability', async () => {
    const app = await makeWorkspace(temp());
    for (const m of ['nationality', 'colour', 'illness', 'gender-reassignment'] as const) {
      const c = await app.must('case:create', plain({ motivation: [m], perception: { by: 'witness', how: 'Heard the words used.' } }));
      expect((await app.must('case:get', { id: c.id })).header.hateIncident, m).toBe(true);
    }
    // An import file may still say "transgender-identity": it is read as gender reassignment.
    const old = await app.must('case:create', plain({ motivation: ['transgender-identity' as never], perceivedAsHate: true }));
    expect((await app.must('case:get', { id: old.id })).header).toMatchObject({ motivation: ['gender-reassignment'], hateIncident: true });
  });

  it('the later judgement is a dated decision in the chronology, with who made it and why', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', plain({ motivation: ['age'], perception: { by: 'staff', how: 'The caretaker saw the notes pushed through the door.' } }));
    expect(await app.call('case:judgeHarassment', { caseId: c.id, continues: false, reason: 'Too short', decidedOn: '2026-11-20' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await app.call('case:judgeHarassment', { caseId: c.id, continues: false, reason: 'A dispute over parking, not harassment.', decidedOn: '2026-11-17' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/before the report/) },
    });
    const header = await app.must('case:judgeHarassment', { caseId: c.id, continues: false, reason: 'A dispute over parking, not harassment.', decidedOn: '2026-11-20' });
    expect(header.judgements).toEqual([{ id: expect.any(Number), continues: false, reason: 'A dispute over parking, not harassment.', decidedOn: '2026-11-20', decidedBy: ADMIN.displayName }]);
    const entry = (await app.must('case:get', { id: c.id })).chronology.find((i) => i.kind === 'decision')!;
    expect(entry).toMatchObject({ title: 'Judged no longer to be managed as harassment (P3.2)', at: '2026-11-20T12:00:00.000Z', by: ADMIN.displayName, internal: true });
  });
});

describe('council page: staff or contractor victims (item 8)', () => {
  it('a member of staff can be the victim; the case is restricted from intake and stays open to whoever recorded it', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must(
      'case:create',
      plain({ parties: [{ key: 'v', role: 'victim', name: 'Priya Shah', staffRole: 'staff' }, { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure' }], incidents: [{ occurredAt: '2026-11-17T10:00:00Z', description: 'Threatened the housing officer at the door.', reportedByKey: 'v' }] }),
    );
    expect(c.restricted).toBe(true);
    const view = await app.must('case:get', { id: c.id });
    expect(view.header.restricted).toBe(true);
    expect(view.parties.find((p) => p.role === 'victim')!.staffRole).toBe('staff');
    // Another session (a sign-in again) needs a reason, as for any restricted case.
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(await app.call('case:get', { id: c.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/restricted/) } });
  });

  it('refuses staff or contractor on anyone but the victim or the person reporting', async () => {
    const app = await makeWorkspace(temp());
    const r = await app.call('case:create', plain({ parties: [{ key: 'b', role: 'alleged-perpetrator', name: 'Bob Builder', staffRole: 'contractor' }], incidents: [{ occurredAt: '2026-11-17T10:00:00Z', description: 'Rude.' }] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/victim or the person reporting/) } });
  });
});

describe('council page: immediate danger (item 9)', () => {
  it('starts a same-day emergency-steps item, met by a dated record of what was done', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2026-11-18T10:30:00Z');
    const c = await app.must('case:create', plain({ flags: ['immediate-danger'] }));
    expect(c.urgent).toContainEqual({ ruleId: 'emergency-steps', label: 'Take the emergency steps for someone in immediate danger', dueAt: '2026-11-18T23:59:00.000Z' });
    await app.must('deadline:recordFact', { caseId: c.id, kind: 'emergency-steps', at: '2026-11-18T10:20:00Z', note: 'Called 999 (ref 4411). Asked the council for emergency accommodation under its homelessness duty.' });
    expect((await items(app, c.id)).find((i) => i.ruleId === 'emergency-steps')).toMatchObject({ state: 'met-on-time' });
    const entry = (await app.must('case:get', { id: c.id })).chronology.find((i) => i.title.startsWith('Emergency steps'))!;
    expect(entry).toMatchObject({ at: '2026-11-18T10:20:00.000Z', detail: expect.stringContaining('Called 999') });
  });
});

describe('P1.4–1.6: scope screening (item 10)', () => {
  it('a report that belongs elsewhere is recorded, referred, closed with that reason and counted apart in the reports', async () => {
    const app = await makeWorkspace(temp());
    const kept = await app.must('case:create', plain());
    const screened = await app.must(
      'case:create',
      plain({ screening: { outcome: 'complaints-policy', referredTo: 'Customer Relations team', note: 'About the repairs contractor’s manner.' } }),
    );
    expect(screened).toMatchObject({ screenedOut: true, urgent: [] });
    const view = await app.must('case:get', { id: screened.id });
    expect(view.header).toMatchObject({ status: 'closed', screenedOut: { outcome: 'complaints-policy', referredTo: 'Customer Relations team' } });
    expect(await items(app, screened.id)).toEqual([]);
    const closure = view.chronology.filter((i) => i.kind === 'closure').map((i) => i.detail).join('\n');
    expect(closure).toMatch(/Complaints policy \(P1\.5\)\. Referred to Customer Relations team\./);

    const m = (await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } })).current;
    expect(m.cases.total).toBe(1);
    expect(m.cases.screenedOut).toBe(1);
    expect(m.cases.screenedByOutcome.find((x) => x.code === 'complaints-policy')!.n).toBe(1);
    expect(m.resolution.closed).toBe(0);
    expect(kept.screenedOut).toBe(false);
  });

  it('needs to know who it was referred to', async () => {
    const app = await makeWorkspace(temp());
    const r = await app.call('case:create', plain({ screening: { outcome: 'domestic-abuse-policy', referredTo: '' } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/referred to/) } });
  });
});
