import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/security/audit';
import { caseTables } from '../../../main/retention/tables';
import { buildFixture, type Fixture, MANAGER, OFFICER, signInAs } from '../reports/fixture';

/**
 * The disposal review's guards and decisions on the report fixture (fixture.ts): G closed 20/03/2026, D
 * 10/06/2026, F 20/06/2026, so on 25/06/2032 all three are past the six years of rule "closed-case".
 */
let root: string;
let fx: Fixture;
const LATER = new Date('2032-06-25T09:00:00Z');

async function closeCase(caseId: number, at: string) {
  const { app } = fx;
  await app.must('closure:propose', { caseId, outcome: 'resolved', reason: 'No further incidents reported.' });
  await app.must('closure:discuss', { caseId, at, kind: 'call', summary: 'Agreed the case can close.' });
  await app.must('closure:offerAppeal', { caseId, offeredOn: at.slice(0, 10) });
  await app.must('closure:close', { caseId, at });
}

async function refusal(channel: 'retention:dispose', input: { caseId: number; method: 'anonymise' | 'delete'; confirmRef: string }): Promise<string> {
  const r = await fx.app.call(channel, input);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return `${r.error.code}: ${r.error.message}`;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-retention-'));
  fx = await buildFixture(root);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('disposal guards', () => {
  it('refuses a closed case whose ABC is still live, and dates it six years after the ABC ends once it has', async () => {
    const { app, ids, refs } = fx;
    // B's perpetrator gets a two-year ABC from 1 July 2026; B closes on 10 July.
    const perp = (await app.must('case:get', { id: ids.B })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('action:create', { caseId: ids.B, subjectPartyId: perp.id, startedOn: '2026-07-01', details: { kind: 'abc', prohibitions: ['Not to shout at neighbours'], durationMonths: 24 } });
    await closeCase(ids.B, '2026-07-10T10:00:00Z');
    await signInAs(app, MANAGER);
    expect(await refusal('retention:dispose', { caseId: ids.B, method: 'anonymise', confirmRef: refs.B })).toMatch(/^guard: Refused: .* has a live injunction or order/);

    app.now.value = new Date('2034-07-02T09:00:00Z');
    await signInAs(app, MANAGER); // signing in marks the lapsed ABC expired (P5.6)
    const item = (await app.must('retention:review', {})).items.find((i) => i.ref === refs.B)!;
    expect(item).toMatchObject({ ruleId: 'after-legal-action', triggerOn: '2028-07-01', dueOn: '2034-07-01' });
    app.now.value = LATER;
    await signInAs(app, MANAGER);
  });

  it('lists what has passed its date with the rule and trigger, and refuses what is open or not due', async () => {
    const { app, ids, refs } = fx;
    const review = await app.must('retention:review', {});
    expect(review.items.map((i) => [i.ref, i.ruleId, i.triggerOn, i.dueOn])).toEqual([
      [refs.G, 'closed-case', '2026-03-20', '2032-03-20'],
      [refs.D, 'closed-case', '2026-06-10', '2032-06-10'],
      [refs.F, 'closed-case', '2026-06-20', '2032-06-20'],
    ]);
    // The group's schedule keeps everything at least as long as the monitoring period: nothing to warn of.
    expect(review.warnings).toEqual([]);
    expect(await refusal('retention:dispose', { caseId: ids.E, method: 'anonymise', confirmRef: refs.E })).toMatch(/^guard: Refused: .* is not due for disposal\. The case is still open\./);
    expect(await refusal('retention:dispose', { caseId: ids.D, method: 'anonymise', confirmRef: 'C33-2099-0001' })).toMatch(/^bad-input: Type the case reference/);
  });

  it('refuses a case under legal hold, saying which, until a manager lifts it with a reason', async () => {
    const { app, ids, refs } = fx;
    const hold = await app.must('hold:place', { caseId: ids.G, kind: 'litigation', reason: 'Disrepair claim issued by the tenant' });
    expect(await refusal('retention:dispose', { caseId: ids.G, method: 'delete', confirmRef: refs.G })).toBe(
      `guard: Refused: ${refs.G} is under legal hold placed 25/06/2032 by Nia Manager for litigation: Disrepair claim issued by the tenant. A manager must lift the hold first.`,
    );
    expect((await app.must('retention:review', {})).holds).toMatchObject([{ id: hold.id, ref: refs.G, onPerson: false }]);
    await app.must('hold:lift', { caseId: ids.G, id: hold.id, reason: 'Claim struck out' });
    expect((await app.must('retention:review', {})).holds).toEqual([]);
  });

  it('refuses a case one of whose people is under hold (a hold on a person)', async () => {
    const { app, ids, refs } = fx;
    const fay = (await app.must('case:get', { id: ids.F })).parties.find((p) => p.name === 'Fay First')!;
    const hold = await app.must('hold:place', { caseId: ids.F, partyId: fay.id, kind: 'ombudsman', reason: 'Housing Ombudsman complaint' });
    expect(await refusal('retention:dispose', { caseId: ids.F, method: 'anonymise', confirmRef: refs.F })).toMatch(/under legal hold placed 25\/06\/2032 by Nia Manager for ombudsman: Housing Ombudsman complaint/);
    expect((await app.must('retention:review', {})).holds).toMatchObject([{ id: hold.id, ref: refs.F, onPerson: true }]);
  });

  it('keeps a case with a reason until its new review date', async () => {
    const { app, ids, refs } = fx;
    const bad = await app.call('retention:keep', { caseId: ids.D, reason: 'Complaint pending', reviewOn: '2032-01-01' });
    expect(bad.ok ? null : bad.error.message).toMatch(/after today/);
    await app.must('retention:keep', { caseId: ids.D, reason: 'Complaint to the Ombudsman pending', reviewOn: '2033-01-31' });
    expect((await app.must('retention:review', {})).items.map((i) => i.ref)).not.toContain(refs.D);
    expect(await refusal('retention:dispose', { caseId: ids.D, method: 'anonymise', confirmRef: refs.D })).toMatch(/was kept until 31\/01\/2033: Complaint to the Ombudsman pending/);
  });

  it('deletes a case outright: every case table emptied of its rows, the tombstone kept, the space reclaimed', async () => {
    const { app, ids, refs } = fx;
    const out = await app.must('retention:dispose', { caseId: ids.G, method: 'delete', confirmRef: refs.G });
    expect(out).toMatchObject({ method: 'delete', spaceReclaimed: true });
    const db = app.core.sessions.current()!.ws.db;
    const left = caseTables().filter(([table, rule]) => (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${rule.rows}`).get({ case: ids.G }) as { n: number }).n > 0);
    expect(left.map(([t]) => t)).toEqual([]);
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(db.prepare('SELECT case_ref AS ref, method, rule_id AS rule FROM disposals WHERE case_id = ?').get(ids.G)).toEqual({ ref: refs.G, method: 'delete', rule: 'closed-case' });
    expect((await app.must('retention:review', {})).recent).toMatchObject([{ caseRef: refs.G, method: 'delete', ruleId: 'closed-case', disposedBy: 'Nia Manager' }]);
    expect(verifyChain(db).ok).toBe(true);
  });

  it('is for managers: an officer cannot see the review or place a hold', async () => {
    const { app, ids } = fx;
    await signInAs(app, OFFICER);
    for (const r of [await app.call('retention:review', {}), await app.call('hold:place', { caseId: ids.D, kind: 'complaint', reason: 'x' })]) expect(r.ok ? null : r.error.code).toBe('forbidden');
  });
});
