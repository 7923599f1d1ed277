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
