import { describe, expect, it } from 'vitest';
import { ADMIN, makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const PASS = 'river stone lantern';

async function withManager(app: TestApp) {
  await addUser(app, { username: 'nia', displayName: 'Nia Manager', role: 'manager', passphrase: PASS });
}
const asUser = async (app: TestApp, username: string, passphrase = PASS) => {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username, passphrase });
};
const item = async (app: TestApp, caseId: number, ruleId: string) => (await app.must('deadline:forCase', { caseId })).find((i) => i.ruleId === ruleId)!;

describe('deadlines on a case', () => {
  it('a new case gets its due items under its partner’s profile, and the Friday rule prompts at once', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2026-11-20T16:45:00Z');
    // Friday 20 November 2026, 16:30, with fear of violence.
    const c = await app.must('case:create', raceHateIntake());
    expect(c.urgent.map((u) => u.ruleId).sort()).toEqual(['acknowledge', 'urgent-response', 'weekend-referral']);
    expect(c.urgent.find((u) => u.ruleId === 'weekend-referral')!.dueAt).toBe('2026-11-20T23:59:00.000Z');
    const items = await app.must('deadline:forCase', { caseId: c.id });
    // Version 2 (issue 18) is what new cases start under.
    expect(items.every((i) => i.profileId === 'group-minimum' && i.profileVersion === 2)).toBe(true);
    // High risk and violence: officer contact within 1 working day.
    expect(items.find((i) => i.ruleId === 'officer-contact')!.dueAt).toBe('2026-11-23T23:59:00.000Z');
  });

  it('recording the acknowledgement meets its rule, and a contact with the complainant meets officer contact', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    app.now.value = new Date('2026-11-21T10:10:00Z');
    await app.must('deadline:recordFact', { caseId: c.id, kind: 'acknowledged', at: '2026-11-21T10:00:00Z', note: 'Phoned and named the officer' });
    expect(await item(app, c.id, 'acknowledge')).toMatchObject({ state: 'met-on-time', metAt: '2026-11-21T10:00:00.000Z' });
    const complainant = (await app.must('case:get', { id: c.id })).parties.find((p) => p.role === 'complainant')!;
    await app.must('contact:add', { caseId: c.id, at: '2026-11-21T10:05:00Z', kind: 'call', partyId: complainant.id, summary: 'Agreed a visit' });
    expect((await item(app, c.id, 'officer-contact')).state).toBe('met-on-time');
    // A contact with someone else does not count as contacting the complainant.
    const c2 = await app.must('case:create', raceHateIntake());
    const witness = (await app.must('case:get', { id: c2.id })).parties.find((p) => p.role === 'witness')!;
    await app.must('contact:add', { caseId: c2.id, at: '2026-11-21T10:05:00Z', kind: 'call', partyId: witness.id, summary: 'Witness account' });
    expect((await item(app, c2.id, 'officer-contact')).state).toBe('pending');
  });

  it('a referral to the police on the day meets the weekend referral', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const complainant = (await app.must('case:get', { id: c.id })).parties[0]!;
    await app.must('referral:add', { caseId: c.id, at: '2026-11-20T17:00:00Z', agency: 'police', partyId: complainant.id, justification: 'Threat to burn the door; fear of violence over the weekend.' });
    expect((await item(app, c.id, 'weekend-referral')).state).toBe('met-on-time');
  });

  it('changing a fact recomputes: backdating the report moves the dates', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' } }));
    expect((await item(app, c.id, 'officer-contact')).dueAt).toBe('2026-11-27T23:59:00.000Z');
    await app.must('case:update', { id: c.id, receivedAt: '2026-11-16T09:00:00Z' });
    expect((await item(app, c.id, 'officer-contact')).dueAt).toBe('2026-11-23T23:59:00.000Z');
    await app.must('case:update', { id: c.id, flags: ['violence-or-threat'] });
    expect((await item(app, c.id, 'officer-contact')).dueAt).toBe('2026-11-17T23:59:00.000Z');
  });

  it('only a manager may waive an item, with a reason, and it is audited', async () => {
    const app = await makeWorkspace(temp());
    await withManager(app);
    const c = await app.must('case:create', raceHateIntake());
    expect(await app.call('deadline:waive', { caseId: c.id, ruleId: 'interview', occurrence: 1, reason: 'Complainant in hospital until December' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await asUser(app, 'nia');
    expect(await app.call('deadline:waive', { caseId: c.id, ruleId: 'interview', occurrence: 1, reason: 'short' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    await app.must('deadline:waive', { caseId: c.id, ruleId: 'interview', occurrence: 1, reason: 'Complainant in hospital until December' });
    expect(await item(app, c.id, 'interview')).toMatchObject({ state: 'waived', waiver: { reason: 'Complainant in hospital until December', by: 'Nia Manager' } });
    expect(await app.call('deadline:waive', { caseId: c.id, ruleId: 'interview', occurrence: 1, reason: 'Complainant in hospital until December' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await asUser(app, ADMIN.username, ADMIN.passphrase);
    const audit = await app.must('audit:list', { limit: 20 });
    expect(audit.some((e) => e.action === 'deadline:waive' && e.username === 'nia' && e.outcome === 'ok')).toBe(true);
  });
});

describe('the dashboard', () => {
  it('sorts my items into overdue, due today and this week, with counts per officer', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' }, category: 'harassment', motivation: [], perceivedAsHate: false }));
    // Monday 23 November, 09:00: the acknowledgement (due Saturday 16:30) is overdue; officer contact is due Friday.
    app.now.value = new Date('2026-11-23T09:00:00Z');
    const d = await app.must('deadline:dashboard', { scope: 'mine' });
    expect(d.overdue.map((l) => l.ruleId)).toEqual(['acknowledge']);
    expect(d.week.map((l) => l.ruleId)).toEqual(['officer-contact']);
    expect(d.today).toEqual([]);
    expect(d.overdue[0]).toMatchObject({ ref: c.ref, caseId: c.id, urgent: true });
    expect(d.perOfficer).toEqual([]); // counts per officer are a manager's team view
    await withManager(app);
    await asUser(app, 'nia');
    const team = await app.must('deadline:dashboard', { scope: 'team' });
    expect(team.perOfficer).toEqual([{ ownerId: 1, ownerName: ADMIN.displayName, overdue: 1, today: 0, week: 1 }]);
    await asUser(app, ADMIN.username, ADMIN.passphrase);
    app.now.value = new Date('2026-11-27T09:00:00Z');
    expect((await app.must('deadline:dashboard', { scope: 'mine' })).today.map((l) => l.ruleId)).toEqual(['officer-contact']);
  });

  it('on a Sunday "this week" is the week ahead, so an urgent item reported that day is listed before it is due', async () => {
    const app = await makeWorkspace(temp());
    const standard = { flags: [], risk: { level: 'standard' as const, notes: '' }, category: 'harassment' as const, motivation: [], perceivedAsHate: false };
    // Reported on Friday 20 November at 16:30: acknowledgement due Saturday 16:30, officer contact Friday 27th.
    await app.must('case:create', raceHateIntake(standard));
    // Saturday 21st: the calendar week ends tomorrow night, so Friday 27th is next week's.
    app.now.value = new Date('2026-11-21T09:00:00Z');
    const saturday = await app.must('deadline:dashboard', { scope: 'mine' });
    expect(saturday.today.map((l) => l.ruleId)).toEqual(['acknowledge']);
    expect(saturday.week).toEqual([]);
    // Sunday 22nd: the week ahead, to Sunday 29th.
    app.now.value = new Date('2026-11-22T09:00:00Z');
    const sunday = await app.must('deadline:dashboard', { scope: 'mine' });
    expect(sunday.overdue.map((l) => l.ruleId)).toEqual(['acknowledge']);
    expect(sunday.week.map((l) => l.ruleId)).toEqual(['officer-contact']);
    // A hate incident reported at 10:00 that Sunday: its two 24-hour items fall due on Monday, and are listed now.
    app.now.value = new Date('2026-11-22T10:05:00Z');
    const reported = await app.must('case:create', raceHateIntake({ receivedAt: '2026-11-22T10:00:00Z', incidents: [{ occurredAt: '2026-11-22T09:30:00Z', description: 'Racist abuse on the stairs.' }] }));
    const after = await app.must('deadline:dashboard', { scope: 'mine' });
    const urgentDue = after.week.filter((l) => l.caseId === reported.id && l.urgent).map((l) => l.ruleId);
    expect(urgentDue).toEqual(expect.arrayContaining(['acknowledge', 'urgent-response']));
    expect(after.totals.week.urgent).toBeGreaterThanOrEqual(2);
  });

  it('shows only cases of my partners', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'olly', displayName: 'Olly', role: 'officer', passphrase: PASS, partners: ['WH'] });
    await app.must('case:create', raceHateIntake());
    await asUser(app, 'olly');
    expect((await app.must('deadline:dashboard', { scope: 'team' })).overdue.length + (await app.must('deadline:dashboard', { scope: 'team' })).week.length).toBe(0);
  });

  it('lists due items across cases before a date', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const due = await app.must('deadline:dueBefore', { before: '2026-11-22T00:00:00Z' });
    expect(due.every((d) => d.ref === c.ref && d.dueAt < '2026-11-22T00:00:00.000Z')).toBe(true);
    expect(due.map((d) => d.ruleId).sort()).toEqual(['acknowledge', 'urgent-response', 'weekend-referral']);
  });
});

describe('action plans', () => {
  it('an agreed plan meets its rule, its contact interval replaces 15 days, and a changing review starts “issue the updated plan”', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake({ receivedAt: '2026-11-02T10:00:00Z', incidents: [{ occurredAt: '2026-11-01T20:00:00Z', description: 'Abuse' }] }));
    const complainant = (await app.must('case:get', { id: c.id })).parties[0]!;
    await app.must('contact:add', { caseId: c.id, at: '2026-11-03T10:00:00Z', kind: 'visit', partyId: complainant.id, summary: 'Visited' });
    const v1 = await app.must('plan:save', { caseId: c.id, agreedAt: '2026-11-04T10:00:00Z', agreedWith: 'Amira Haddad', contactIntervalDays: 7, actions: [{ what: 'Warning letter to Mr Whitcombe', who: 'Case officer', byDate: '2026-11-10' }] });
    expect(v1.version).toBe(1);
    expect((await item(app, c.id, 'action-plan')).state).toBe('met-on-time');
    expect((await item(app, c.id, 'regular-contact')).dueAt).toBe('2026-11-10T23:59:00.000Z'); // 7 days from the 3 November contact
    await app.must('plan:review', { caseId: c.id, at: '2026-11-18T10:00:00Z', outcome: 'Add a CCTV request', changedPlan: true });
    expect(await item(app, c.id, 'issue-updated-plan')).toMatchObject({ state: 'pending', dueAt: '2026-11-23T23:59:00.000Z' });
    const v2 = await app.must('plan:save', { caseId: c.id, agreedAt: '2026-11-18T11:00:00Z', agreedWith: 'Amira Haddad', actions: [{ what: 'CCTV request', who: 'Case officer', byDate: null }] });
    await app.must('plan:issue', { caseId: c.id, planId: v2.id, at: '2026-11-19T09:00:00Z' });
    expect((await item(app, c.id, 'issue-updated-plan')).state).toBe('met-on-time');
    const plans = await app.must('plan:get', { caseId: c.id });
    expect(plans.plans.map((p) => p.version)).toEqual([2, 1]);
    expect(plans.reviews[0]).toMatchObject({ changedPlan: true, outcome: 'Add a CCTV request' });
  });

  it('refuses a review before any plan is agreed', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    expect(await app.call('plan:review', { caseId: c.id, at: '2026-11-21T08:00:00Z', outcome: 'x', changedPlan: false })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no action plan/) } });
  });
});

describe('profiles are versioned', () => {
  it('an admin’s edit is a new version; existing cases keep theirs until a manager moves them', async () => {
    const app = await makeWorkspace(temp());
    await withManager(app);
    const old = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' } }));
    const profile = await app.must('profiles:get', { id: 'group-minimum' });
    const faster = { ...profile, rules: profile.rules.map((r) => (r.id === 'officer-contact' ? { ...r, due: { amount: 2, unit: 'working-days' as const } } : r)) };
    // A workspace starts with version 2 (issue 18's policy timescales), so the edit is version 3.
    expect((await app.must('profiles:save', { profile: faster })).version).toBe(3);
    const fresh = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' } }));
    expect(await item(app, old.id, 'officer-contact')).toMatchObject({ profileVersion: 2, dueAt: '2026-11-27T23:59:00.000Z' });
    expect(await item(app, fresh.id, 'officer-contact')).toMatchObject({ profileVersion: 3, dueAt: '2026-11-24T23:59:00.000Z' });
    await asUser(app, 'nia');
    await app.must('case:moveProfile', { caseId: old.id, profileId: 'group-minimum', version: 3, reason: 'Align with the new standard' });
    expect(await item(app, old.id, 'officer-contact')).toMatchObject({ profileVersion: 3, dueAt: '2026-11-24T23:59:00.000Z' });
  });

  it('refuses an invalid profile with the place of the problem', async () => {
    const app = await makeWorkspace(temp());
    const profile = await app.must('profiles:get', { id: 'group-minimum' });
    const broken = { ...profile, rules: [...profile.rules, { ...profile.rules[0]! }] };
    const r = await app.call('profiles:save', { profile: broken });
    // The copy is the last rule (version 2 has 16 rules: issue 18 added the ABC review and the emergency steps).
    expect(profile.rules).toHaveLength(16);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/profile\.rules\.16\.id: Two rules have the id acknowledge/) } });
  });

  it('a partner on the council profile gets the council’s timescales', async () => {
    const app = await makeWorkspace(temp());
    const wh = (await app.must('partners:list', {})).find((p) => p.code === 'WH')!;
    await app.must('partners:save', { ...wh, profileId: 'council' });
    const c = await app.must('case:create', raceHateIntake({ partner: 'WH', receivedAt: '2026-11-19T10:00:00Z', incidents: [{ occurredAt: '2026-11-18T10:00:00Z', description: 'Abuse' }] }));
    expect(await item(app, c.id, 'acknowledge')).toMatchObject({ profileId: 'council', dueAt: '2026-11-20T23:59:00.000Z' });
  });
});

describe('recomputing every open case at once', () => {
  it('leaves exactly what recomputing each case alone would: time passing, facts written without a recompute, cases with no digest', async () => {
    const { recomputeOpenCases, recomputeCase } = await import('../../../main/standards/recompute');
    const app = await makeWorkspace(temp());
    const a = await app.must('case:create', raceHateIntake());
    const b = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' } }));
    const c = await app.must('case:create', raceHateIntake({ flags: [], risk: { level: 'standard', notes: '' } }));
    const db = app.core.sessions.current()!.ws.db;
    const snapshot = () => db.prepare('SELECT case_id, rule_id, occurrence, label, profile_version, starts_at, due_at, state, met_at, urgent, live FROM due_items ORDER BY 1, 2, 3').all();
    const states = (id: number) => db.prepare('SELECT state FROM due_items WHERE case_id = ? ORDER BY rule_id, occurrence').all(id).map((r) => (r as { state: string }).state);

    // Nothing has changed since each case was written: nothing is rewritten.
    expect(recomputeOpenCases(db, app.now.value)).toEqual({ cases: 3, rewritten: 0 });

    // a: a fact written straight to the database (as an older version or a repair might), with no recompute.
    db.prepare("INSERT INTO standard_facts (case_id, kind, at, note, recorded_by, recorded_at) VALUES (?, 'acknowledged', ?, '', 1, ?)").run(a.id, app.now.value.toISOString(), app.now.value.toISOString());
    // b: its digest lost (as after the migration that added digests) and a row that should not exist.
    db.prepare('DELETE FROM due_digests WHERE case_id = ?').run(b.id);
    db.prepare("INSERT INTO due_items (case_id, rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, urgent) VALUES (?, 'ghost', 1, 'x', 'x', 'group-minimum', 1, 'x', 'x', 'pending', 0)").run(b.id);
    // Every case: a month passes, so pending items fall overdue.
    const later = new Date(app.now.value.getTime() + 30 * 86_400_000);
    const before = states(c.id);

    expect(recomputeOpenCases(db, later)).toEqual({ cases: 3, rewritten: 3 });
    const batched = snapshot();
    expect(states(c.id)).not.toEqual(before);
    expect(states(c.id)).toContain('breached');
    for (const id of [a.id, b.id, c.id]) recomputeCase(db, id, later);
    expect(snapshot()).toEqual(batched);
    expect(batched.some((r) => (r as { rule_id: string }).rule_id === 'ghost')).toBe(false);
    expect(db.prepare("SELECT state FROM due_items WHERE case_id = ? AND rule_id = 'acknowledge'").get(a.id)).toEqual({ state: 'met-on-time' });

    // And once more, the same day: nothing to write.
    expect(recomputeOpenCases(db, later)).toEqual({ cases: 3, rewritten: 0 });
  });
});
