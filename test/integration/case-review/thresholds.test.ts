import { describe, expect, it } from 'vitest';
import { addUser, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { signInAs } from '../reports/fixture';
import { historyOfThree } from './history';

const temp = useTempDirs();

/**
 * Issue 20 §1: a partner's ASB case review threshold over time. A manager adds a version in force from a
 * day (no more than three complaints, a window of at least six months, as s.104 says); applications are
 * judged by the version in force on the day they were received, whenever they are recorded. The clock
 * stands at 21/11/2026.
 */
describe('a partner’s ASB case review threshold versions (issue 20)', () => {
  it('are added from a day, audited, and each application uses the one in force when it was received', async () => {
    const app = await makeWorkspace(temp());
    const { caseId } = await historyOfThree(app);
    const start = await app.must('casereview:thresholds', { partner: 'C33' });
    expect(start.versions).toEqual([expect.objectContaining({ id: 'statutory', version: 1, inForceFrom: null, current: true, count: 3, windowMonths: 6 })]);

    // The Act's limits and a clear word on each.
    const rule = { partner: 'C33', inForceFrom: '2026-12-01', name: 'Two complaints in six months, or one hate incident', count: 2, windowMonths: 6, hateIncidents: 1, vulnerableCount: 1, why: 'Agreed by the Islington community safety partnership.' };
    expect(await app.call('casereview:setThreshold', { ...rule, count: 4 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('no more than three complaints') } });
    expect(await app.call('casereview:setThreshold', { ...rule, windowMonths: 3 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('six months') } });
    expect(await app.call('casereview:setThreshold', { ...rule, vulnerableCount: 3 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot be higher than the usual count') } });

    const added = await app.must('casereview:setThreshold', rule);
    expect(added.versions.map((v) => [v.id, v.version, v.inForceFrom, v.current, v.setBy])).toEqual([
      ['statutory', 1, null, true, null],
      ['local-c33', 1, '2026-12-01', false, 'Ada Lovelace'],
    ]);
    expect(added.versions[1]!.words).toBe('2 complaints in 6 months, each made within one month of the behaviour; or 1 hate incident; or 1 for a vulnerable victim');
    expect(await app.call('casereview:setThreshold', rule)).toMatchObject({ ok: false, error: { message: 'C33 already has a threshold coming into force on 01/12/2026. Choose another day: each version is in force from its own day.' } });
    const audit = (await app.must('audit:list', { limit: 50 })).filter((e) => e.action === 'casereview:setThreshold');
    expect(audit.filter((e) => e.outcome === 'ok')).toHaveLength(1);

    // Received before 01/12: the statutory threshold, even when recorded after it.
    const before = await app.must('casereview:apply', { caseId, applicantName: 'Pat Neighbour', applicantAddress: '9 Oak House, London', consentOn: '2026-11-21', receivedOn: '2026-11-21', receivedVia: 'partner' });
    app.now.value = new Date('2026-12-02T10:00:00Z');
    const late = await app.must('casereview:apply', { caseId, applicantName: 'Sam Neighbour', applicantAddress: '10 Oak House, London', consentOn: '2026-11-30', receivedOn: '2026-11-30', receivedVia: 'partner' });
    const after = await app.must('casereview:apply', { caseId, applicantName: 'Lee Neighbour', applicantAddress: '11 Oak House, London', consentOn: '2026-12-02', receivedOn: '2026-12-02', receivedVia: 'partner' });
    const view = await app.must('casereview:get', { caseId });
    const used = Object.fromEntries(view.applications.map((a) => [a.id, `${a.threshold.id} v${a.threshold.version}`]));
    expect(used).toEqual({ [before.id]: 'statutory v1', [late.id]: 'statutory v1', [after.id]: 'local-c33 v1' });
    expect(view.thresholdInForce).toMatchObject({ id: 'local-c33', version: 1 });
    // Judged by two complaints, the later application's count of three meets it; the window is the same.
    expect(view.applications.find((a) => a.id === after.id)!.check).toMatchObject({ needed: 2, met: true });
    expect((await app.must('casereview:thresholds', { partner: 'C33' })).versions.map((v) => v.current)).toEqual([false, true]);
  });

  it('are for managers and administrators only', async () => {
    const app = await makeWorkspace(temp());
    await historyOfThree(app);
    await addUser(app, { username: 'jo', displayName: 'Jo Officer', role: 'officer', passphrase: 'river stone lantern', partners: ['C33'] });
    await signInAs(app, { username: 'jo', passphrase: 'river stone lantern' });
    expect(await app.call('casereview:thresholds', { partner: 'C33' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
