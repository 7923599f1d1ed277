import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_SCOPE, type CaseScope } from '../../../shared/ipc/case-scope';
import { CHANNELS, contract, type Channel, type ChannelInput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import type { Role } from '../../../shared/roles';
import { can } from '../../../main/security/can';
import { SAMPLES } from './channel-samples';
import { type Person, type Restricted, restrictedWorkspace, SECRETS, signInAs } from './restricted-fixture';

/**
 * Issue 13, finding 1: every channel of the contract against a restricted case. A channel whose input
 * names a case is refused to an officer of the case's partner who has not opened it with a reason, and to
 * anyone of another partner (as "not found"); a legal user cannot reach a case not referred to legal by
 * any channel; the channels that name no case answer nothing of the restricted case. The samples are
 * shown to be valid inputs: with a grant, each gets past the door. A channel added to the contract
 * without a sample does not compile (channel-samples.ts).
 */
let f: Restricted;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-test-'));
  f = await restrictedWorkspace(root);
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const scopeOf = (channel: Channel): CaseScope => {
  const sample = SAMPLES[channel];
  if ('skip' in sample) return 'no-case';
  const parsed = contract[channel].input.parse(sample(f));
  return (CASE_SCOPE[channel] as (i: unknown) => CaseScope)(parsed);
};
const namesACase = (channel: Channel) => typeof scopeOf(channel) === 'object';
const input = <C extends Channel>(channel: C): ChannelInput<C> => {
  const sample = SAMPLES[channel];
  if ('skip' in sample) throw new Error(`${channel} names a case, so it must have a sample: ${sample.skip}`);
  return sample(f);
};

/** The first of officer, legal, manager whose role may use the channel (admins are not in a partner's team here). */
function roleFor(channel: Channel): Role | null {
  const access = contract[channel].access;
  if (access === 'public') return null;
  return (['officer', 'legal', 'manager'] as const).find((role) => can({ id: 0, role }, access)) ?? null;
}

const DOOR_MESSAGES = /not one you can see|not on a case you can see|started by someone else/;

async function as<C extends Channel>(who: Person | 'ada', channel: C): Promise<Result<unknown>> {
  await signInAs(f.app, who);
  return f.app.call(channel, input(channel));
}

/** What cannot change when a request is refused: the case row and how many records it has. */
function fingerprint(): string {
  const db = f.app.core.sessions.current()!.ws.db;
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(f.caseId);
  const counts = ['parties', 'notes', 'incidents', 'contacts', 'evidence', 'documents', 'bundles', 'case_actions', 'action_plans', 'due_waivers', 'standard_facts'].map(
    (t) => (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE case_id = ?`).get(f.caseId) as { n: number }).n,
  );
  return JSON.stringify([row, counts]);
}

describe('every channel that names a case, against a restricted case', () => {
  it('is named in the scope table, with a sample', () => {
    const naming = CHANNELS.filter(namesACase);
    expect(naming.length).toBeGreaterThan(60);
    for (const channel of naming) expect('skip' in SAMPLES[channel], channel).toBe(false);
  });

  it('refuses an officer of the case’s partner who has not opened it with a reason, and changes nothing', async () => {
    await signInAs(f.app, 'ada');
    const before = fingerprint();
    let refused = 0;
    for (const channel of CHANNELS.filter(namesACase)) {
      const role = roleFor(channel)!;
      const r = await as(`${role}-c33`, channel);
      expect(r, `${role}-c33 → ${channel}`).toMatchObject({ ok: false, error: { code: 'reason-required', message: expect.stringContaining(`${f.ref} is restricted.`) } });
      refused += 1;
    }
    expect(refused).toBeGreaterThan(60);
    await signInAs(f.app, 'ada');
    expect(fingerprint()).toBe(before);
  });

  it('answers “not found” to the same role in another partner, whatever the channel', async () => {
    for (const channel of CHANNELS.filter(namesACase)) {
      const role = roleFor(channel)!;
      const r = await as(`${role}-wh`, channel);
      expect(r, `${role}-wh → ${channel}`).toMatchObject({ ok: false, error: { code: 'not-found' } });
      // Nothing confirms the case exists (case:getByRef repeats only the reference it was given).
      if (channel !== 'case:getByRef') expect((r as { error: { message: string } }).error.message, channel).not.toContain(f.ref);
    }
  });

  it('gives nothing of the case to the channels that name none: lists, searches, registers, dashboards', async () => {
    const people: Person[] = ['officer-c33', 'legal-c33', 'manager-c33', 'officer-wh', 'manager-wh'];
    let answered = 0;
    for (const who of people) {
      for (const channel of CHANNELS.filter((c) => !namesACase(c) && !('skip' in SAMPLES[c]))) {
        const access = contract[channel].access;
        const role = who.split('-')[0] as Role;
        if (access !== 'public' && !can({ id: 0, role }, access)) continue;
        const r = await as(who, channel);
        if (!r.ok) continue;
        answered += 1;
        const text = JSON.stringify(r.value);
        for (const secret of SECRETS) expect(text, `${who} → ${channel}`).not.toContain(secret);
      }
    }
    expect(answered).toBeGreaterThan(40);
  });

  it('says only that a restricted case may match a search or a duplicate check, to its own partner', async () => {
    const search = (await as('officer-c33', 'case:list')) as Result<{ total: number; restrictedMayMatch: boolean }>;
    expect(search).toMatchObject({ ok: true, value: { total: 0, rows: [], restrictedMayMatch: true } });
    const dupes = await as('officer-c33', 'case:checkDuplicates');
    expect(dupes).toMatchObject({ ok: true, value: { matches: [], restrictedMayMatch: true } });
    expect(await as('officer-wh', 'case:list')).toMatchObject({ ok: true, value: { total: 0, restrictedMayMatch: false } });
    expect(await as('officer-wh', 'case:checkDuplicates')).toMatchObject({ ok: true, value: { matches: [], restrictedMayMatch: false } });
    // Once opened with a reason, the case is found like any other.
    await signInAs(f.app, 'officer-c33');
    await f.app.must('case:get', { id: f.caseId, reason: 'Checking who is on this case' });
    expect(await f.app.must('case:list', { query: 'Quartermaine' })).toMatchObject({ total: 1, restrictedMayMatch: false, rows: [{ id: f.caseId }] });
    expect((await f.app.must('case:checkDuplicates', { names: ['Zebedee Quartermaine'] })).matches.map((m) => m.id)).toEqual([f.caseId]);
  });

  it('blocks a legal user from a case not referred to legal on every channel, even with a reason', async () => {
    await signInAs(f.app, 'ada');
    await f.app.must('case:get', { id: f.caseId, reason: 'Taking it back from the legal team' });
    await f.app.must('case:update', { id: f.caseId, legalReferred: false });
    await signInAs(f.app, 'legal-c33');
    expect(await f.app.call('case:get', { id: f.caseId, reason: 'Preparing the hearing bundle' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    let blocked = 0;
    for (const channel of CHANNELS.filter(namesACase)) {
      const access = contract[channel].access;
      if (access === 'public' || !can({ id: 0, role: 'legal' }, access)) continue;
      const r = await f.app.call(channel, input(channel));
      expect(r, `legal-c33 → ${channel}`).toMatchObject({ ok: false, error: { code: 'not-found' } });
      blocked += 1;
    }
    expect(blocked).toBeGreaterThan(30);
    await signInAs(f.app, 'ada');
    await f.app.must('case:get', { id: f.caseId, reason: 'Referring it back to the legal team' });
    await f.app.must('case:update', { id: f.caseId, legalReferred: true });
  });

  it('lets each sample past the door once the case is opened with a reason (the samples are valid)', async () => {
    for (const channel of CHANNELS.filter(namesACase)) {
      const role = roleFor(channel)!;
      await signInAs(f.app, `${role}-c33`);
      await f.app.must('case:get', { id: f.caseId, reason: 'Working on the case today' });
      const r = await f.app.call(channel, input(channel));
      if (r.ok) continue;
      expect(['reason-required', 'forbidden', 'passphrase-change-required'], `${channel}: ${r.error.message}`).not.toContain(r.error.code);
      expect(r.error.message, channel).not.toMatch(/^The request was not valid/);
      if (r.error.code === 'not-found') expect(r.error.message, channel).not.toMatch(DOOR_MESSAGES);
    }
  }, 240_000);
});
