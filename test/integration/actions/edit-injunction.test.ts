import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN, buildDefault, bundleCase, LEGACY_INJUNCTION, LEGAL, OFFICER, PROPER_INJUNCTION, type BundleCase } from '../bundles/setup';

/**
 * Issue 15: a recorded injunction is corrected, not recorded again. The legal user edits it through
 * the same guards as recording it; the version it replaces is kept whole; the audit trail says who,
 * when and what changed in words, never a term's words; the papers are built from the current version;
 * an injunction recorded before issue 15 still loads and can be brought up to date the same way.
 */
const temp = useTempDirs();
const ACK = { 'single-incident': 'Hate incident with a threat to burn the home: one incident is enough (P3.4).' };

const signInAs = async (app: BundleCase, who: { username: string; passphrase: string }) => {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: who.username, passphrase: who.passphrase });
};
const injunctionOf = async (app: BundleCase) => (await app.must('action:list', { caseId: app.caseId })).actions.find((a) => a.kind === 'civil-injunction')!;
const editInput = (a: Awaited<ReturnType<typeof injunctionOf>>, details: Record<string, unknown>): ChannelInput<'action:edit'> =>
  ({ actionId: a.id, subjectPartyId: a.subjectPartyId, startedOn: a.startedOn, details: { kind: 'civil-injunction', court: 'Clerkenwell and Shoreditch', claimNumber: 'K00CL123', withoutNotice: true, withoutNoticeJustification: 'the Defendant threatened to burn the complainant out if she went to the authorities', ...details }, acknowledgements: ACK }) as ChannelInput<'action:edit'>;

const pdfText = (bytes: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('editing a recorded injunction', () => {
  it('keeps the old version, audits what changed in words, and the papers use the new one', async () => {
    const app = await bundleCase(temp());
    const before = await injunctionOf(app);
    expect(before).toMatchObject({ version: 1, edits: [] });
    const terms = [
      { ...PROPER_INJUNCTION.terms[0], text: 'using or threatening violence against any person living in Elm Road or Ash Walk, London' },
      { ...PROPER_INJUNCTION.terms[1], powerOfArrest: true, arrestGround: 'violence' },
      PROPER_INJUNCTION.terms[2],
    ];
    const edited = await app.must('action:edit', editInput(before, { ...PROPER_INJUNCTION, terms, durationMonths: 6, court: 'Central London' }));
    expect(edited.version).toBe(2);
    expect(edited.edits).toEqual([{ version: 2, by: LEGAL.displayName, at: expect.any(String), changes: ['term 1(a) reworded', 'the power of arrest on term 1(b)', 'how long it lasts (now 6 months)', 'the hearing centre (now Central London)'] }]);
    expect(edited.details).toMatchObject({ durationMonths: 6, court: 'Central London', legalAidStatement: expect.stringContaining('reasonable opportunity') });
    // The version replaced is kept whole.
    const db = app.core.sessions.current()!.ws.db;
    const kept = db.prepare('SELECT version, details FROM action_versions WHERE action_id = ?').all(before.id) as { version: number; details: string }[];
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]!.details)).toEqual(before.details);

    // The papers are built from the current version.
    await app.must('statement:finalise', { caseId: app.caseId, statementId: (await app.must('statement:save', { caseId: app.caseId, body: (await app.must('statement:propose', { caseId: app.caseId })).body, howTaken: 'I wrote this statement myself from the case records.', exhibits: [] })).id, signedOn: '2026-11-21' });
    const text = pdfText((await buildDefault(app)).pdf.bytes);
    expect(text).toContain('living in Elm Road or Ash Walk, London');
    expect(text).toContain('IN THE COUNTY COURT AT CENTRAL LONDON');
    expect(text).toContain('A power of arrest is attached to paragraphs 1(a) and 1(b) of this order');
    expect(text).not.toContain('CLERKENWELL AND SHOREDITCH');

    // The audit trail: who and what changed, in words; never the words of a term.
    await signInAs(app, ADMIN);
    const events = (await app.must('audit:list', { limit: 200 })).filter((e) => e.action === 'action:edit' && e.outcome === 'ok');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ username: LEGAL.username, target: expect.stringContaining(app.ref) });
    const detail = (app.core.sessions.current()!.ws.db.prepare('SELECT detail FROM audit_events WHERE seq = ?').get(events[0]!.seq) as { detail: string }).detail;
    expect(JSON.parse(detail)).toMatchObject({ actionId: before.id, version: 2, changes: 'term 1(a) reworded; the power of arrest on term 1(b); how long it lasts (now 6 months); the hearing centre (now Central London)' });
    expect(detail).not.toMatch(/Ash Walk|violence against/);
  }, 120_000);

  it('goes through the same guards: refused, nothing changes', async () => {
    const app = await bundleCase(temp());
    const before = await injunctionOf(app);
    const unsupervised = PROPER_INJUNCTION.terms.map((t) => (t.kind === 'requirement' ? { ...t, supervisor: '' } : t));
    const refused = await app.call('action:edit', editInput(before, { ...PROPER_INJUNCTION, terms: unsupervised }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringContaining('section 3(1)') } });
    const same = await app.call('action:edit', editInput(before, PROPER_INJUNCTION));
    expect(same).toMatchObject({ ok: false, error: { code: 'bad-input', message: 'Nothing was changed: the injunction is as recorded.' } });
    expect(await injunctionOf(app)).toMatchObject({ version: 1, details: before.details });
  }, 60_000);

  it('is for the legal team: an officer cannot, and only an injunction can be edited', async () => {
    const app = await bundleCase(temp());
    const inj = await injunctionOf(app);
    await signInAs(app, ADMIN);
    await addUser(app, { username: OFFICER.username, displayName: OFFICER.displayName, role: 'officer', passphrase: OFFICER.passphrase });
    const perp = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    const warning = await app.must('action:create', { caseId: app.caseId, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'verbal-warning', summary: 'Told to stop shouting.' } });
    await signInAs(app, OFFICER);
    expect(await app.call('action:edit', editInput(inj, { ...PROPER_INJUNCTION, durationMonths: 6 }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signInAs(app, LEGAL);
    const other = await app.call('action:edit', { actionId: warning.id, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'verbal-warning', summary: 'Told to stop.' }, acknowledgements: {} });
    expect(other).toMatchObject({ ok: false, error: { code: 'bad-input', message: 'Only a civil injunction can be edited; record any other action again.' } });
  }, 60_000);

  it('brings an injunction recorded before issue 15 up to date, which clears the pre-flight check', async () => {
    const app = await bundleCase(temp(), { recordedBefore15: LEGACY_INJUNCTION });
    const old = await injunctionOf(app);
    expect(old).toMatchObject({ version: 1, details: { exclusionFrom: 'the landing of 2–8 Elm Road' } });
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).blocked).toBe(true);
    const edited = await app.must('action:edit', editInput(old, PROPER_INJUNCTION));
    expect(edited.edits[0]!.changes).toEqual(expect.arrayContaining(['the housing management link (section 5(3))', 'the behaviour relied on (section 2(1)(a)(b))', 'the exclusion from home (section 13)', 'the power of arrest for the whole order, now on named terms']));
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).items).toEqual([]);
  }, 60_000);
});
