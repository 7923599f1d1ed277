import fc from 'fast-check';
import { expect, it } from 'vitest';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';

/**
 * A model test (fast-check commands): whatever order an officer tries things in, no guarded action
 * happens without its condition, and no case closes without the complainant discussion and the appeal
 * offer. The real system runs through dispatch against a real encrypted workspace.
 */
const temp = useTempDirs();

interface Model {
  incidents: number;
  confirmed: boolean;
  proposed: boolean;
  discussed: boolean;
  appealOffered: boolean;
  closed: boolean;
}
interface Real {
  app: TestApp;
  caseId: number;
  perpId: number;
  minute: number;
}
const at = (r: Real) => new Date(Date.UTC(2026, 10, 21, 6, 0) + (r.minute += 1) * 60_000).toISOString();
const outcome = async (p: Promise<{ ok: boolean }>) => (await p).ok;

class AddIncident implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    expect(await outcome(r.app.call('incident:add', { caseId: r.caseId, incident: { occurredAt: at(r), description: 'Shouting again' } }))).toBe(true);
    m.incidents += 1;
  }
  toString = () => 'AddIncident';
}
class Confirm implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    expect(await outcome(r.app.call('confirmation:add', { caseId: r.caseId, partyId: r.perpId, basis: 'staff-witnessed', detail: 'Seen by the caretaker', on: '2026-11-20' }))).toBe(true);
    m.confirmed = true;
  }
  toString = () => 'Confirm';
}
class WrittenWarning implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('action:create', { caseId: r.caseId, subjectPartyId: r.perpId, startedOn: '2026-11-21', details: { kind: 'written-warning-final', behaviour: 'Abuse' } }));
    expect(ok).toBe(m.confirmed);
  }
  toString = () => 'WrittenWarning';
}
class Demotion implements fc.AsyncCommand<Model, Real> {
  constructor(readonly withReason: boolean) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const acknowledgements: Record<string, string> = this.withReason ? { 'single-incident': 'Serious and witnessed by staff' } : {};
    const ok = await outcome(r.app.call('action:create', { caseId: r.caseId, subjectPartyId: r.perpId, startedOn: '2026-11-21', details: { kind: 'demotion' }, acknowledgements }));
    expect(ok).toBe(this.withReason || m.incidents > 1);
  }
  toString = () => `Demotion(${this.withReason ? 'with reason' : 'no reason'})`;
}
class Propose implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('closure:propose', { caseId: r.caseId, outcome: 'resolved', reason: 'Quiet for a month' }));
    expect(ok).toBe(!m.proposed && !m.closed);
    if (ok) Object.assign(m, { proposed: true, discussed: false, appealOffered: false });
  }
  toString = () => 'Propose';
}
class Withdraw implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('closure:withdraw', { caseId: r.caseId }));
    expect(ok).toBe(m.proposed && !m.closed);
    if (ok) Object.assign(m, { proposed: false, discussed: false, appealOffered: false });
  }
  toString = () => 'Withdraw';
}
class Discuss implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('closure:discuss', { caseId: r.caseId, at: at(r), kind: 'call', summary: 'Agrees' }));
    expect(ok).toBe(m.proposed && !m.closed);
    if (ok) m.discussed = true;
  }
  toString = () => 'Discuss';
}
class OfferAppeal implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('closure:offerAppeal', { caseId: r.caseId, offeredOn: '2026-11-21' }));
    expect(ok).toBe(m.proposed && !m.closed);
    if (ok) m.appealOffered = true;
  }
  toString = () => 'OfferAppeal';
}
class Close implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const ok = await outcome(r.app.call('closure:close', { caseId: r.caseId, at: at(r) }));
    expect(ok).toBe(m.proposed && m.discussed && m.appealOffered && !m.closed);
    if (ok) m.closed = true;
    // Whatever happened, the case is closed in the database exactly when the model says so.
    expect((await r.app.must('case:get', { id: r.caseId })).header.status === 'closed').toBe(m.closed);
  }
  toString = () => 'Close';
}

it('no sequence reaches a guarded action without its condition, or closes without discussion and appeal', async () => {
  const commands = [
    fc.constant(new AddIncident()),
    fc.constant(new Confirm()),
    fc.constant(new WrittenWarning()),
    fc.boolean().map((b) => new Demotion(b)),
    fc.constant(new Propose()),
    fc.constant(new Withdraw()),
    fc.constant(new Discuss()),
    fc.constant(new OfferAppeal()),
    fc.constant(new Close()),
  ];
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 14 }), async (cmds) => {
      const app = await makeWorkspace(temp());
      app.now.value = new Date('2026-11-21T12:00:00Z');
      const c = await app.must('case:create', raceHateIntake({ category: 'harassment', motivation: [], perceivedAsHate: false }));
      const perpId = (await app.must('case:get', { id: c.id })).parties.find((p) => p.role === 'alleged-perpetrator')!.id;
      const model: Model = { incidents: 1, confirmed: false, proposed: false, discussed: false, appealOffered: false, closed: false };
      await fc.asyncModelRun(() => ({ model, real: { app, caseId: c.id, perpId, minute: 0 } }), cmds);
    }),
    { numRuns: 40 },
  );
});
