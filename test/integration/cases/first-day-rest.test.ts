import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

/** Issue 17's small leftovers: what the first day in the office found missing on a case. */
const temp = useTempDirs();

describe('an incident whose time is not known', () => {
  it('is taken with only its day, kept as the start of that London day, and shown without a time', async () => {
    const app = await makeWorkspace(temp());
    // 20 November 2026, only the day known ("your best estimate"); the time sent is ignored.
    const c = await app.must('case:create', raceHateIntake({ incidents: [{ occurredAt: '2026-11-20T15:45:00Z', occurredTimeKnown: false, description: 'Shouting on the stairs, some time that day.' }] }));
    const view = await app.must('case:get', { id: c.id });
    const incident = view.chronology.find((i) => i.kind === 'incident')!;
    expect(incident.at).toBe('2026-11-20T00:00:00.000Z'); // midnight in London (GMT in November)
    expect(incident.dateOnly).toBe(true);
    // In British Summer Time the start of the London day is 23:00 the day before, in UTC.
    await app.must('incident:add', {
      caseId: c.id,
      incident: { occurredAt: '2026-07-01T12:00:00Z', occurredTimeKnown: false, description: 'Graffiti on the door, found in the morning.' },
      reportedByPartyId: null,
    });
    const later = await app.must('case:get', { id: c.id });
    const summer = later.chronology.find((i) => i.kind === 'incident' && i.at.startsWith('2026-06-30'))!;
    expect(summer).toMatchObject({ at: '2026-06-30T23:00:00.000Z', dateOnly: true });
  });

  it('keeps the time of an incident given with one, as before', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake({ incidents: [{ occurredAt: '2026-11-20T15:45:00Z', description: 'Shouting on the stairs at a quarter to four.' }] }));
    const incident = (await app.must('case:get', { id: c.id })).chronology.find((i) => i.kind === 'incident')!;
    expect(incident.at).toBe('2026-11-20T15:45:00.000Z');
    expect(incident.dateOnly).toBeUndefined();
  });

  it('today, with only the day known, is not refused as in the future', async () => {
    const app = await makeWorkspace(temp()); // now: 21/11/2026 09:00
    const c = await app.must('case:create', raceHateIntake({ incidents: [{ occurredAt: '2026-11-21T23:00:00Z', occurredTimeKnown: false, description: 'Earlier today; the time is not known.' }] }));
    expect((await app.must('case:get', { id: c.id })).chronology.find((i) => i.kind === 'incident')!.at).toBe('2026-11-21T00:00:00.000Z');
  });
});

describe('a referral to the legal team', () => {
  it('appears in the chronology as a dated step when made, and again when withdrawn', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    app.now.value = new Date('2026-11-23T10:15:00Z');
    await app.must('case:update', { id: c.id, legalReferred: true });
    // Saying it again changes nothing and records nothing.
    await app.must('case:update', { id: c.id, legalReferred: true });
    app.now.value = new Date('2026-11-30T16:00:00Z');
    await app.must('case:update', { id: c.id, legalReferred: false });
    const steps = (await app.must('case:get', { id: c.id })).chronology.filter((i) => /legal team/.test(i.title));
    expect(steps.map((i) => [i.at, i.title, i.by, i.internal])).toEqual([
      ['2026-11-23T10:15:00.000Z', 'Referred to the legal team', 'Ada Lovelace', true],
      ['2026-11-30T16:00:00.000Z', 'Referral to the legal team withdrawn', 'Ada Lovelace', true],
    ]);
  });
});

describe('a cost on an action', () => {
  it('belongs to the action, shows so in the chronology, and counts in the cost reports', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const perp = (await app.must('case:get', { id: c.id })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('confirmation:add', { caseId: c.id, partyId: perp.id, basis: 'independent-witness', detail: 'George Pike saw and heard it', on: '2026-11-20' });
    const action = await app.must('action:create', { caseId: c.id, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Racist abuse on the landing' } });
    await app.must('cost:add', { caseId: c.id, incurredOn: '2026-11-21', kind: 'external-legal', amountPence: 35_000, description: 'Solicitor drafting the warning', actionId: action.id });
    await app.must('cost:add', { caseId: c.id, incurredOn: '2026-11-21', kind: 'repair-cleanup', amountPence: 12_050, description: 'Graffiti removed' });
    const costs = (await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'cost').map((i) => i.title);
    expect(costs).toEqual(expect.arrayContaining(['Cost: £350.00 (external legal services) for the first written warning', 'Cost: £120.50 (repair and clean-up)']));
    const report = await app.must('report:get', { filters: { from: '2026-10-01', to: '2026-12-31' } });
    expect(report.current.costs.totalPence).toBe(47_050);
    expect(report.current.costs.byKind.find((k) => k.code === 'external-legal')).toMatchObject({ entries: 1, cases: 1, pence: 35_000 });
  });

  it('refuses an action of another case, saying so, and records nothing', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const other = await app.must('case:create', raceHateIntake());
    const perp = (await app.must('case:get', { id: other.id })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('confirmation:add', { caseId: other.id, partyId: perp.id, basis: 'independent-witness', detail: 'George Pike saw and heard it', on: '2026-11-20' });
    const theirs = await app.must('action:create', { caseId: other.id, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Racist abuse on the landing' } });
    const refused = await app.call('cost:add', { caseId: c.id, incurredOn: '2026-11-21', kind: 'external-legal', amountPence: 100, description: 'Fee', actionId: theirs.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/not on this case/) } });
    expect((await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'cost')).toEqual([]);
  });
});
