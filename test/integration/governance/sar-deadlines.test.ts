import { describe, expect, it } from 'vitest';
import { addUser, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { PARTNER } from '../documents/fixture';

/**
 * Issue 21 item 3: a data subject's request has a due date (one calendar month, extendable by two) but no
 * case, so the deadlines dashboard reads it beside the case deadlines: an open request overdue or due this
 * week is listed for those who answer requests (managers, administrators); one answered is not; an
 * officer's dashboard has none.
 */
const temp = useTempDirs();

const OFFICER = { username: 'olu', displayName: 'Olu Adeyemi', passphrase: 'copper kettle morning rain' };

describe('subject access requests on the deadlines dashboard', () => {
  it('lists an overdue request and one due this week, soonest first, and not one answered or due later', async () => {
    const app = await makeWorkspace(temp());
    await app.must('partners:save', { ...PARTNER, homes: 12000 });
    const ask = (name: string, day: string) => app.must('sar:record', { kind: 'access', partner: 'C33', name, receivedOn: day, identityMethod: 'Passport seen', identityCheckedOn: day });
    // Recorded on their days: due 02/11, 01/12 (extended to 01/02/2027), 02/12 and 07/12/2026 (a Monday).
    app.now.value = new Date('2026-11-07T09:00:00Z');
    const overdue = await ask('Nadia Overdue', '2026-10-02');
    const answered = await ask('Alan Answered', '2026-10-01');
    const extended = await ask('Ezra Extended', '2026-11-01');
    const soon = await ask('Sara Soon', '2026-11-02');
    const later = await ask('Liam Later', '2026-11-07');
    await app.must('sar:extend', { id: extended.id, reason: 'Records on many cases' });
    await app.must('sar:decide', { id: answered.id, decision: 'complied' });
    expect([overdue.dueOn, soon.dueOn, later.dueOn]).toEqual(['2026-11-02', '2026-12-02', '2026-12-07']);

    // Wednesday 02/12/2026: "this week" runs to Sunday 06/12.
    app.now.value = new Date('2026-12-02T09:00:00Z');
    const dashboard = await app.must('deadline:dashboard', { scope: 'team' });
    expect(dashboard.requests.map((r) => [r.name, r.dueOn, r.section])).toEqual([
      ['Nadia Overdue', '2026-11-02', 'overdue'],
      ['Sara Soon', '2026-12-02', 'today'],
    ]);
    expect(dashboard.requests[0]).toMatchObject({ id: overdue.id, kind: 'access', partner: 'C33', extended: false });

    // Thursday 03/12: Sara's is overdue too; Liam's (Monday 07/12) falls in next week.
    app.now.value = new Date('2026-12-03T09:00:00Z');
    expect((await app.must('deadline:dashboard', { scope: 'team' })).requests.map((r) => [r.name, r.section])).toEqual([
      ['Nadia Overdue', 'overdue'],
      ['Sara Soon', 'overdue'],
    ]);
    // Monday 07/12: Liam's is due today; answering Nadia's takes it off.
    app.now.value = new Date('2026-12-07T09:00:00Z');
    await app.must('sar:decide', { id: overdue.id, decision: 'complied' });
    expect((await app.must('deadline:dashboard', { scope: 'team' })).requests.map((r) => [r.name, r.section])).toEqual([
      ['Sara Soon', 'overdue'],
      ['Liam Later', 'today'],
    ]);

    // An officer answers no requests: their dashboard has none.
    await addUser(app, { username: OFFICER.username, displayName: OFFICER.displayName, role: 'officer', passphrase: OFFICER.passphrase, partners: ['C33'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: OFFICER.username, passphrase: OFFICER.passphrase });
    expect((await app.must('deadline:dashboard', { scope: 'mine' })).requests).toEqual([]);
  });
});
