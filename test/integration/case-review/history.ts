import type { TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { PARTNER } from '../documents/fixture';

/**
 * Issue 20: an ASB Case Review from application to returns. The clock stands at 21/11/2026 09:00 UTC.
 * The case (received 20/11/2026) holds one incident of 19/11 reported with it; two more are added, and a
 * linked case repeats one of them (the same complaint, counted once) and adds a late one (not counted).
 */
export async function historyOfThree(app: TestApp) {
  await app.must('partners:save', PARTNER);
  const c = await app.must('case:create', raceHateIntake());
  const view = await app.must('case:get', { id: c.id });
  const amira = view.parties.find((p) => p.name === 'Amira Haddad')!;
  // 2: behaviour 01/11, reported 03/11: counts. 3: behaviour 01/10, reported 20/10: counts.
  await app.must('incident:add', { caseId: c.id, reportedByPartyId: amira.id, incident: { occurredAt: '2026-11-01T20:00:00Z', reportedAt: '2026-11-03T10:00:00Z', description: 'Banged on the door at night.' } });
  await app.must('incident:add', { caseId: c.id, reportedByPartyId: amira.id, incident: { occurredAt: '2026-10-01T20:00:00Z', reportedAt: '2026-10-20T10:00:00Z', description: 'Threw rubbish at the door.' } });
  // The linked case: the 01/11 incident again (same minute, same person), and one reported two months late.
  const other = await app.must(
    'case:create',
    raceHateIntake({
      receivedAt: '2026-11-05T10:00:00Z',
      incidents: [{ occurredAt: '2026-11-01T20:00:00Z', description: 'Banged on the door at night (told to the council).', reportedByKey: 'a' }],
      linkToCaseIds: [c.id],
    }),
  );
  const otherAmira = (await app.must('case:get', { id: other.id })).parties.find((p) => p.name === 'Amira Haddad')!;
  await app.must('incident:add', { caseId: other.id, reportedByPartyId: otherAmira.id, incident: { occurredAt: '2026-08-01T20:00:00Z', reportedAt: '2026-10-02T10:00:00Z', description: 'Shouted in the street.' } });
  return { caseId: c.id, otherId: other.id, amira };
}
