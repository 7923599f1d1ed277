import { describe, expect, it } from 'vitest';
import { makeWorkspace, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { MANAGER, signInAs } from './fixture';

const temp = useTempDirs();

const asb = (receivedAt: string, link: number[] = []) => ({
  partner: 'C33',
  receivedAt,
  method: 'phone' as const,
  category: 'asb' as const,
  parties: [{ key: 'c1', role: 'complainant' as const, name: 'Pat Complainant' }],
  incidents: [{ occurredAt: receivedAt, description: 'Loud music until 3am.', acts: ['nuisance' as const] }],
  linkToCaseIds: link,
});

/**
 * NM01's open-case rule against a case's closure history: "further reports about the same party while a
 * case is open are not new cases; a report after resolution is" (law.md 4.2). X is closed on 20 April and
 * reopened on appeal on 1 May.
 */
describe('NM01: was the linked case open when the further report came in?', () => {
  it('follows closure and reopening on appeal', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2026-04-21T09:00:00Z');
    await addUser(app, { ...MANAGER, role: 'manager' });
    await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', homes: 1000 });
    const X = await app.must('case:create', asb('2026-04-01T10:00:00Z'));
    // W comes in while X is open: a further report.
    const W = await app.must('case:create', asb('2026-04-05T10:00:00Z', [X.id]));
    await app.must('closure:propose', { caseId: X.id, outcome: 'resolved', reason: 'Quiet for two weeks.' });
    await app.must('closure:discuss', { caseId: X.id, at: '2026-04-20T09:00:00Z', kind: 'call', summary: 'Agreed.' });
    await app.must('closure:offerAppeal', { caseId: X.id, offeredOn: '2026-04-20' });
    await app.must('closure:close', { caseId: X.id, at: '2026-04-20T10:00:00Z' });
    // Y comes in after X closed: a new case, even though X is later reopened.
    app.now.value = new Date('2026-04-25T12:00:00Z');
    const Y = await app.must('case:create', asb('2026-04-25T10:00:00Z', [X.id]));
    await app.must('appeal:lodge', { caseId: X.id, lodgedOn: '2026-04-22', grounds: 'The music started again.' });
    app.now.value = new Date('2026-05-01T10:00:00Z');
    await signInAs(app, MANAGER);
    await app.must('appeal:decide', { caseId: X.id, decision: 'reopen', reasons: 'Further incidents since closure.' });
    // Z comes in after X was reopened: a further report again.
    app.now.value = new Date('2026-07-15T09:00:00Z');
    const Z = await app.must('case:create', asb('2026-05-10T10:00:00Z', [X.id]));

    const report = await app.must('report:get', { filters: { from: '2026-04-01', to: '2026-06-30' } });
    const c33 = report.current.nm01.partners.find((p) => p.code === 'C33')!;
    // New cases: X and Y. Further reports: W (X open) and Z (X reopened). 2 / 1,000 homes × 1,000 = 2.
    expect(c33).toMatchObject({ asb: 2, linkedNotCounted: 2, asbPer1000: 2 });
    const drill = async (key: string) => (await app.must('report:drilldown', { filters: { from: '2026-04-01', to: '2026-06-30' }, key })).cases.map((c) => c.id).sort((a, b) => a - b);
    expect(await drill('nm01:asb:C33')).toEqual([X.id, Y.id]);
    expect(await drill('nm01:linked:C33')).toEqual([W.id, Z.id]);
  });
});
