import { describe, expect, it } from 'vitest';
import { ADMIN, makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

describe('intake', () => {
  it('records a report with its people, incident and flags, and numbers it per partner and year', async () => {
    const app = await makeWorkspace(temp());
    const first = await app.must('case:create', raceHateIntake());
    const second = await app.must('case:create', raceHateIntake());
    const other = await app.must('case:create', raceHateIntake({ partner: 'WH' }));
    expect([first.ref, second.ref, other.ref]).toEqual(['C33-2026-0001', 'C33-2026-0002', 'WH-2026-0001']);
    const view = await app.must('case:get', { id: first.id });
    expect(view.header).toMatchObject({ category: 'hate-incident', hateIncident: true, riskLevel: 'high', location: { postcode: 'N1 1AA' } });
    expect(view.parties.map((p) => [p.role, p.name])).toEqual([
      ['complainant', 'Amira Haddad'],
      ['witness', 'George Pike'],
      ['alleged-perpetrator', 'Darren Whitcombe'],
    ]);
    expect(view.parties[0]!.age).toBe(46); // on 21/11/2026
    expect(view.chronology.map((c) => c.kind)).toEqual(['incident', 'report']);
    expect(view.chronology[0]!.partyId).toBe(view.parties[0]!.id);
  });

  it('takes the reference year from the London date: 23:30 on 31 December GMT is still that year', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2027-01-02T10:00:00Z');
    const c = await app.must('case:create', raceHateIntake({ receivedAt: '2026-12-31T23:30:00Z', incidents: [{ occurredAt: '2026-12-31T23:00:00Z', description: 'x' }] }));
    expect(c.ref).toBe('C33-2026-0001');
  });

  it.each([
    ['a future incident date', { incidents: [{ occurredAt: '2026-12-25T10:00:00Z', description: 'Not yet' }] }, /in the future/],
    ['a future report date', { receivedAt: '2027-01-01T10:00:00Z' }, /in the future/],
    ['an empty description', { incidents: [{ occurredAt: '2026-11-19T21:00:00Z', description: '   ' }] }, /Enter what happened/],
    ['no incident at all', { incidents: [] }, /at least one incident/],
    ['a date of birth in the future', { parties: [{ key: 'a', role: 'complainant', name: 'Baby', dateOfBirth: '2027-03-01' }] }, /date of birth of Baby is in the future/],
    ['a party with no role', { parties: [{ key: 'a', name: 'Nobody' } as never] }, /role/],
    ['a party with no name who is not anonymous', { parties: [{ key: 'a', role: 'witness', name: '' }] }, /name/],
    ['a bad postcode', { location: { address: '1 Road', estate: '', postcode: 'NOT A CODE' } }, /UK postcode/],
    ['an unknown partner', { partner: 'ZZZ' }, /You do not work for partner ZZZ/],
    ['a consent for someone not in the report', { consents: [{ partyKey: 'q', recipient: 'court', writtenOn: '2026-11-20' }] }, /not in this report/],
    ['a consent from the alleged perpetrator', { consents: [{ partyKey: 'b', recipient: 'court', writtenOn: '2026-11-20' }] }, /complainants, victims and witnesses/],
  ])('refuses %s and writes nothing', async (_what, override, message) => {
    const app = await makeWorkspace(temp());
    const r = await app.call('case:create', raceHateIntake(override as never));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect((await app.must('case:list', {})).total).toBe(0);
  });

  it('accepts an anonymous report and never indexes an anonymous name', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must(
      'case:create',
      raceHateIntake({ anonymousReport: true, parties: [{ key: 'a', role: 'complainant', name: 'Secret Person', anonymous: true }], incidents: [{ occurredAt: '2026-11-19T21:00:00Z', description: 'Graffiti on the stairwell', acts: ['graffiti'] }] }),
    );
    const view = await app.must('case:get', { id: c.id });
    expect(view.parties[0]).toMatchObject({ anonymous: true, name: '' });
    expect((await app.must('case:list', { query: 'Secret' })).total).toBe(0);
  });

  it('links a household member to the responsible tenant, and refuses a non-tenant as responsible (P3.8)', async () => {
    const app = await makeWorkspace(temp());
    const ok = await app.call(
      'case:create',
      raceHateIntake({
        parties: [
          { key: 'kid', role: 'household-member', name: 'Tyler Whitcombe', dateOfBirth: '2011-05-05', responsibleKey: 't' },
          { key: 't', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure' },
        ],
        incidents: [{ occurredAt: '2026-11-19T21:00:00Z', description: 'Kicked the door' }],
      }),
    );
    expect(ok.ok).toBe(true);
    const view = await app.must('case:get', { id: ok.ok ? ok.value.id : 0 });
    expect(view.parties[0]!.responsiblePartyId).toBe(view.parties[1]!.id);
    expect(view.parties[0]!.age).toBe(15);
    const bad = await app.call(
      'case:create',
      raceHateIntake({
        parties: [
          { key: 'kid', role: 'visitor', name: 'Sam', responsibleKey: 'x' },
          { key: 'x', role: 'witness', name: 'Not A Tenant', tenure: 'non-tenant' },
        ],
      }),
    );
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no tenancy recorded/) } });
  });

  it('offers open cases at the same address or with the same people before saving', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const { matches, restrictedMayMatch } = await app.must('case:checkDuplicates', { address: '4 elm road', postcode: 'N11AA', names: ['darren whitcombe', 'Someone Else'] });
    expect(restrictedMayMatch).toBe(false);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: c.id, ref: c.ref });
    expect(matches[0]!.matchedOn).toEqual(['same address (4 elm road)', 'same postcode (N1 1AA)', 'same person (darren whitcombe)']);
    const linked = await app.must('case:create', raceHateIntake({ linkToCaseIds: [c.id] }));
    expect((await app.must('case:get', { id: linked.id })).header.linkedCases).toEqual([{ id: c.id, ref: c.ref, reason: 'Linked at intake as a related report' }]);
    expect((await app.must('case:get', { id: c.id })).header.linkedCases.map((l) => l.id)).toEqual([linked.id]);
  });

  it('audits the creation and every view', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    await app.must('case:get', { id: c.id });
    const events = (await app.must('audit:list', { limit: 10 })).map((e) => `${e.action} ${e.target}`);
    expect(events).toContain(`case:create case:${c.ref}`);
    expect(events).toContain(`case:get case:${c.ref}`);
    expect(ADMIN.username).toBe('ada');
  });
});
