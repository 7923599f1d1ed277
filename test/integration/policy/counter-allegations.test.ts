import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const PARTNER = { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233' };

/** Case A: Amira Haddad complains of Darren Whitcombe. Case B, the counter-allegation: he complains of her, with his own witness. */
async function twoSides(app: TestApp) {
  await app.must('partners:save', PARTNER);
  const a = await app.must('case:create', raceHateIntake());
  const b = await app.must('case:create', {
    ...raceHateIntake(),
    category: 'harassment',
    motivation: [],
    perceivedAsHate: false,
    parties: [
      { key: 'd', role: 'complainant', name: 'Darren Whitcombe', address: '2 Elm Road', postcode: 'N1 1AB' },
      { key: 'w', role: 'witness', name: 'Wendy Marsh', address: '9 Elm Road', postcode: 'N1 1AB' },
      { key: 'a', role: 'alleged-perpetrator', name: 'Amira Haddad', address: '4 Elm Road', postcode: 'N1 1AA' },
    ],
    incidents: [{ occurredAt: '2026-11-19T22:00:00Z', description: 'Says she banged on his door late at night.', acts: ['verbal-abuse'], reportedByKey: 'd' }],
  });
  const complainantA = (await app.must('case:get', { id: a.id })).parties.find((p) => p.role === 'complainant')!;
  return { a, b, complainantA };
}
const update = (caseId: number, partyId: number, text: string) => ({ caseId, templateId: 'case-review-update', partyId, slots: { update: text, nextContact: '2026-12-01' } });

describe('P4.7: counter-allegations (issue 18 item 6)', () => {
  it('links the two cases, shows the link on both, and refuses a second link or a link to itself', async () => {
    const app = await makeWorkspace(temp());
    const { a, b } = await twoSides(app);
    expect(await app.call('case:linkCounterAllegation', { caseId: a.id, otherRef: a.ref })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot be a counter-allegation of itself/) } });
    expect(await app.call('case:linkCounterAllegation', { caseId: a.id, otherRef: 'C33-2026-9999' })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/no case “C33-2026-9999”/) } });
    await app.must('case:linkCounterAllegation', { caseId: a.id, otherRef: b.ref.toLowerCase() });
    expect((await app.must('casework:get', { caseId: a.id })).counterAllegations).toEqual([{ caseId: b.id, ref: b.ref }]);
    expect((await app.must('casework:get', { caseId: b.id })).counterAllegations).toEqual([{ caseId: a.id, ref: a.ref }]);
    expect((await app.must('case:get', { id: b.id })).header.linkedCases).toEqual([{ id: a.id, ref: a.ref, reason: 'counter-allegation' }]);
    expect(await app.call('case:linkCounterAllegation', { caseId: b.id, otherRef: a.ref })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps the other side’s people and the link itself out of either case’s letters', async () => {
    const app = await makeWorkspace(temp());
    const { a, b, complainantA } = await twoSides(app);
    // Before the link, case A knows nothing of Wendy Marsh: a letter naming her is not A's guard's business.
    expect((await app.must('document:preview', update(a.id, complainantA.id, 'We spoke to Wendy Marsh about the noise.'))).refusal).toBeNull();
    await app.must('case:linkCounterAllegation', { caseId: a.id, otherRef: b.ref });

    // B's witness is protected on A too, even from A's complainant (she is the person B complains about).
    const naming = await app.call('document:generate', update(a.id, complainantA.id, 'We spoke to Wendy Marsh about the noise.'));
    expect(naming).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/name of Wendy Marsh \(witness\)/) } });
    // The other case's reference would give the counter-allegation away.
    const ref = await app.call('document:generate', update(a.id, complainantA.id, `This is linked with ${b.ref}.`));
    expect(ref).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(new RegExp(`reference ${b.ref}.*counter-allegation \\(Policy 4\\.7\\)`)) } });
    // Naming the person she complained about, to her, stays allowed: he is a party on her own case.
    await app.must('document:generate', update(a.id, complainantA.id, 'We have spoken to Darren Whitcombe about what you reported.'));
    expect(await app.must('document:list', { caseId: a.id })).toHaveLength(1);
  });
});
