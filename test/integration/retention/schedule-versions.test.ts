import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION_SCHEDULES } from '../../../shared/retention/schedule';
import { buildFixture, C33_MANAGER, type Fixture, MANAGER, OFFICER, signInAs } from '../reports/fixture';

/**
 * A partner's retention schedule edited in the app (issue 21): a manager adds a version with each rule's
 * period and trigger; it applies to the partner's cases from then on (the review re-dates them), the old
 * version stays readable, a rule that would dispose before the monitoring period ends is warned about,
 * and it is audited. Case D of the report fixture (EPIC) closed on 10/06/2026.
 */
let root: string;
let fx: Fixture;
const group = RETENTION_SCHEDULES[0]!;
const eightYears = group.rules.map((r) => (r.id === 'closed-case' ? { ...r, keepMonths: 96, basis: 'Eight years: the partner’s insurer asks for it.' } : r.id === 'screened-out' ? { ...r, keepMonths: 12 } : r));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-schedule-'));
  fx = await buildFixture(root);
  await signInAs(fx.app, MANAGER);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('retention schedules edited in the app', () => {
  it('shows the group’s schedule in force until the partner has its own', async () => {
    const view = await fx.app.must('retention:schedule', { partner: 'EPIC' });
    expect(view.inForce).toMatchObject({ id: 'group-retention', version: 1, createdBy: null });
    expect(view.versions.map((v) => `${v.id} v${v.version}`)).toEqual(['group-retention v1']);
    expect(view.warnings).toEqual([]);
  });

  it('adds a version, warns about a rule that ends before the monitoring period, and re-dates the partner’s cases', async () => {
    const { app, refs } = fx;
    const saved = await app.must('retention:setSchedule', { partner: 'EPIC', rules: eightYears });
    expect(saved).toMatchObject({ scheduleId: 'epic-retention', version: 1 });
    expect(saved.warnings).toEqual([expect.stringMatching(/^Rule “screened-out” keeps reports screened out at intake 1 year after the case closed, which is before the monitoring period \(2 years after closure\) ends/)]);

    const view = await app.must('retention:schedule', { partner: 'EPIC' });
    expect(view.inForce).toMatchObject({ id: 'epic-retention', version: 1, createdBy: MANAGER.displayName });
    expect(view.versions.map((v) => `${v.id} v${v.version}`)).toEqual(['epic-retention v1', 'group-retention v1']);

    // Six years on, D is no longer due under EPIC's eight; C33's cases still follow the group's six.
    app.now.value = new Date('2032-06-25T09:00:00Z');
    await signInAs(app, MANAGER);
    const sixYears = await app.must('retention:review', {});
    expect(sixYears.items.map((i) => i.ref)).not.toContain(refs.D);
    expect(sixYears.items.find((i) => i.ref === refs.G)).toMatchObject({ keptFor: '6 years after the case closed', schedule: 'group-retention v1' });
    expect(sixYears.warnings).toEqual(saved.warnings);

    app.now.value = new Date('2034-06-11T09:00:00Z');
    await signInAs(app, MANAGER);
    const eight = (await app.must('retention:review', {})).items.find((i) => i.ref === refs.D);
    expect(eight).toMatchObject({ dueOn: '2034-06-10', keptFor: '8 years after the case closed', schedule: 'epic-retention v1', why: '8 years after the case closed (rule “closed-case”, epic-retention v1)' });

    // A second version is version 2; the first stays as it was.
    const second = await app.must('retention:setSchedule', { partner: 'EPIC', rules: group.rules });
    expect(second).toMatchObject({ scheduleId: 'epic-retention', version: 2, warnings: [] });
    const ws = app.core.sessions.current()!.ws;
    const event = ws.db.prepare("SELECT detail FROM audit_events WHERE action = 'retention:setSchedule' AND outcome = 'ok' ORDER BY seq LIMIT 1").get() as { detail: string };
    expect(JSON.parse(event.detail)).toMatchObject({ partner: 'EPIC', schedule: 'epic-retention v1', warnings: 1 });
    expect(() => ws.db.prepare("UPDATE retention_schedules SET rules = '[]' WHERE version = 1").run()).toThrow(/never changed/);
  });

  it('refuses a rule named twice, a schedule with no rule for closed cases, and a bad period, saying how to fix each', async () => {
    const { app } = fx;
    const twice = await app.call('retention:setSchedule', { partner: 'EPIC', rules: [group.rules[0]!, group.rules[0]!] });
    expect(twice.ok ? null : twice.error.message).toBe('Each rule needs its own name: “closed-case” is used twice. Rename one of them.');
    const noCase = await app.call('retention:setSchedule', { partner: 'EPIC', rules: group.rules.filter((r) => r.recordKind !== 'case') });
    expect(noCase.ok ? null : noCase.error.message).toMatch(/needs a rule for closed cases/);
    const negative = await app.call('retention:setSchedule', { partner: 'EPIC', rules: [{ ...group.rules[0]!, keepMonths: -1 }] });
    expect(negative.ok ? null : negative.error.code).toBe('bad-input');
  });

  it('lets only the partner’s managers and administrators see or change it', async () => {
    const { app } = fx;
    await signInAs(app, C33_MANAGER);
    const other = await app.call('retention:schedule', { partner: 'EPIC' });
    expect(other.ok ? null : other.error.code).toBe('not-found');
    await signInAs(app, OFFICER);
    const officer = await app.call('retention:setSchedule', { partner: 'C33', rules: group.rules });
    expect(officer.ok ? null : officer.error.code).toBe('forbidden');
  });
});
