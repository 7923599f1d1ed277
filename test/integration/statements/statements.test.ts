import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { allText } from '../../bundle-checker/check';
import { useTempDirs } from '../../helpers/temp';
import { buildDefault, bundleCase, PROPER_INJUNCTION, type BundleCase } from '../bundles/setup';

/**
 * Issue 15: the officer's statement is proposed from the record, edited, finalised (locked, versioned,
 * dated, saying how it was taken) and only then goes into a bundle; the chronology and the statement say
 * only what was recorded. Through dispatch, on a real encrypted workspace, the PDF read back as text.
 */
const temp = useTempDirs();

/** The case of the issue: abuse at 21:30 on 24/10 reported at 09:40 on 26/10; an ABC in the Defendant's words; a P5.4 confirmation. */
async function issueCase(): Promise<BundleCase> {
  const app = await bundleCase(temp(), { consent: true, files: ['photo', 'png'] });
  const view = await app.must('case:get', { id: app.caseId });
  const amira = view.parties.find((p) => p.role === 'complainant')!;
  const darren = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  await app.must('incident:add', {
    caseId: app.caseId,
    incident: { occurredAt: '2026-10-24T20:30:00Z', reportedAt: '2026-10-26T09:40:00Z', description: 'Darren Whitcombe shouted racist abuse at Amira Haddad on the stairs.', acts: ['verbal-abuse'] },
    reportedByPartyId: amira.id,
  });
  await app.must('action:create', {
    caseId: app.caseId,
    subjectPartyId: darren.id,
    startedOn: '2026-11-02',
    details: { kind: 'abc', prohibitions: ['I will not go to any flat on the estate other than my own'] },
  } as ChannelInput<'action:create'>);
  await app.must('confirmation:add', { caseId: app.caseId, partyId: darren.id, basis: 'staff-witnessed', detail: 'The caretaker heard the abuse.', on: '2026-11-03' });
  return app;
}

describe('the officer’s statement proposed from the record (issue 15)', () => {
  it('keeps when an incident happened apart from when it was reported, and quotes agreed terms as agreed', async () => {
    const app = await issueCase();
    const p = await app.must('statement:propose', { caseId: app.caseId });
    expect(p.makerName).toBe('Ada Lovelace');
    expect(p.body).toContain('Amira Haddad reported to the Claimant on 26/10/2026 at 09:40 that on 24/10/2026 at 21:30 there was an incident of verbal abuse');
    expect(p.body).not.toMatch(/On 24\/10\/2026 at 21:30 Amira Haddad reported/);
    expect(p.body).toContain('On 02/11/2026 Darren Whitcombe signed an Acceptable Behaviour Contract with the Claimant. Its terms were: “I will not go to any flat on the estate other than my own”');
    expect(p.body).not.toMatch(/\ba acceptable\b/i);
    expect(p.body).not.toMatch(/02\/11\/2026 at/); // an action has a date, never an invented time
    expect(p.exhibits.map((e) => e.mark)).toEqual(['AL1', 'AL2']);
    expect(p.body).toContain('marked ‘AL1’');
  });
});

describe('what the officer’s statement says of the order sought (issue 15)', () => {
  it('names the paragraphs that carry a power of arrest with their s.4 ground, an area kept out of, and a s.13 home exclusion with its ground', async () => {
    const app = await bundleCase(temp(), {
      consent: true,
      injunction: {
        ...PROPER_INJUNCTION,
        terms: [...PROPER_INJUNCTION.terms.slice(0, 2), { kind: 'prohibition', text: 'entering the second-floor landing of Elm House shown edged red on the plan', area: true }, PROPER_INJUNCTION.terms[2]],
        homeExclusion: { premises: '2 Elm Road', landlordOwnsOrManages: true, ground: 'risk-of-harm' },
      },
    });
    const p = await app.must('statement:propose', { caseId: app.caseId });
    expect(p.body).toContain('The Claimant asks the court to attach a power of arrest to paragraph 1(a) of the draft order, because the anti-social behaviour consists of or includes the use or threatened use of violence against other persons.');
    expect(p.body).toContain('Paragraph 1(c) of the draft order keeps the Defendant out of an area: entering the second-floor landing of Elm House shown edged red on the plan.');
    expect(p.body).toContain('The Claimant asks the court to exclude the Defendant from 2 Elm Road, where the Defendant normally lives, because there is a significant risk of harm to other persons from the Defendant.');
    // The old words that called every exclusion s.13 and attached the power of arrest to the whole order are gone.
    expect(p.body).not.toContain('for the same reasons');
    expect(p.body).not.toContain('or there is a significant risk of harm to others');
  });
});

describe('drafting, editing and finalising a statement', () => {
  it('saves drafts, refuses to finalise without how it was taken, locks the final version and versions a later change', async () => {
    const app = await issueCase();
    const p = await app.must('statement:propose', { caseId: app.caseId });
    const draft = await app.must('statement:save', { caseId: app.caseId, body: p.body, exhibits: p.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
    expect(draft).toMatchObject({ title: 'First witness statement of Ada Lovelace', number: 1, initials: 'AL', versions: [{ version: 1, status: 'draft' }] });
    const edited = await app.must('statement:save', { caseId: app.caseId, statementId: draft.id, body: `${p.body}\n\nI have visited the stairwell myself.`, exhibits: [] });
    expect(edited.versions).toHaveLength(1);
    expect(edited.versions[0]!.body).toContain('I have visited the stairwell myself.');

    const noHow = await app.call('statement:finalise', { caseId: app.caseId, statementId: draft.id, signedOn: '2026-11-21' });
    expect(noHow).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('how the statement was taken') } });

    await app.must('statement:save', { caseId: app.caseId, statementId: draft.id, body: edited.versions[0]!.body, howTaken: 'I wrote this statement myself from the case records.' });
    const final = await app.must('statement:finalise', { caseId: app.caseId, statementId: draft.id, signedOn: '2026-11-21' });
    expect(final.versions[0]).toMatchObject({ version: 1, status: 'final', statementDate: '2026-11-21', finalisedBy: 'Lena Legal' });
    const again = await app.call('statement:finalise', { caseId: app.caseId, statementId: draft.id, signedOn: '2026-11-21' });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringContaining('already final') } });

    // The database itself refuses to change a finalised version.
    expect(() => app.core.sessions.current()!.ws.db.prepare("UPDATE statement_versions SET body = 'changed' WHERE statement_id = ?").run(draft.id)).toThrow(/finalised/);

    const v2 = await app.must('statement:save', { caseId: app.caseId, statementId: draft.id, body: 'A correction.' });
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'final'],
    ]);
    expect(v2.versions[1]!.body).toContain('I have visited the stairwell myself.');
  });

  it('marks exhibits with the producing witness’s own initials, once each', async () => {
    const app = await issueCase();
    const p = await app.must('statement:propose', { caseId: app.caseId });
    const id = p.exhibits[0]!.evidenceId;
    const wrong = await app.call('statement:save', { caseId: app.caseId, body: 'Text.', exhibits: [{ evidenceId: id, mark: 'JM1' }] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/own initials.*AL/) } });
    const twice = await app.call('statement:save', { caseId: app.caseId, body: 'Text.', exhibits: [{ evidenceId: id, mark: 'AL1' }, { evidenceId: id, mark: 'AL2' }] });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('produced twice') } });
    // The same item produced by the complainant under her own mark.
    const view = await app.must('case:get', { id: app.caseId });
    const amira = view.parties.find((p) => p.role === 'complainant')!;
    const hers = await app.must('statement:save', { caseId: app.caseId, maker: { kind: 'party', partyId: amira.id }, body: 'I am Amira Haddad.', exhibits: [{ evidenceId: id, mark: 'AH1' }] });
    expect(hers).toMatchObject({ title: 'First witness statement of Amira Haddad', initials: 'AH' });
  });

  it('will not finalise a statement in another language without its translation and certificate', async () => {
    const app = await issueCase();
    const view = await app.must('case:get', { id: app.caseId });
    const amira = view.parties.find((p) => p.role === 'complainant')!;
    const s = await app.must('statement:save', { caseId: app.caseId, maker: { kind: 'party', partyId: amira.id }, body: 'أنا أميرة حداد.', language: 'Arabic', howTaken: 'Taken in a meeting through an interpreter in Arabic.' });
    const r = await app.call('statement:finalise', { caseId: app.caseId, statementId: s.id, signedOn: '2026-11-21' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('English translation') } });
  });
});

describe('the chronology in the bundle says only what was recorded', () => {
  it('prints no time that was not recorded and no internal policy entries', async () => {
    const app = await issueCase();
    const { pdf, detail } = await buildDefault(app);
    const chron = detail.manifest!.sections.find((s) => s.kind === 'chronology')!;
    const text = (await allText(pdf.bytes)).split('\n').slice(chron.start - 1, chron.end).join('\n');
    expect(text).toContain('02/11/2026');
    expect(text).not.toMatch(/02\/11\/2026\s*\n?\s*12:00/);
    expect(text).not.toContain('12:00');
    expect(text).not.toMatch(/\(P\d+(\.\d+)*\)/);
    expect(text).not.toContain('Confirmation of harassment');
    expect(text).toContain('21:30'); // an incident's recorded time is kept
  });
});

/** Proposes, edits and finalises the officer's statement, as the editor does. */
async function finaliseOfficer(app: BundleCase) {
  const p = await app.must('statement:propose', { caseId: app.caseId });
  const s = await app.must('statement:save', { caseId: app.caseId, body: p.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: p.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
  return app.must('statement:finalise', { caseId: app.caseId, statementId: s.id, signedOn: '2026-11-20' });
}

describe('the bundle takes only finalised statements, one per witness (issue 15)', () => {
  it('leaves out a draft, then puts in the finalised statement titled by name, with the reported time after “reported” and its own exhibit marks', async () => {
    const app = await issueCase();
    const before = await app.must('bundle:sources', { caseId: app.caseId });
    const cand = before.candidates.find((c) => c.key === 'g:officer-statement')!;
    expect(cand).toMatchObject({ usable: false, problem: expect.stringContaining('not finalised') });
    expect(before.defaultPlan.sections.find((s) => s.kind === 'statements')!.items).not.toContain('g:officer-statement');

    await finaliseOfficer(app);
    // A later draft (version 2) does not replace the finalised version in the bundle.
    const list = await app.must('statement:list', { caseId: app.caseId });
    await app.must('statement:save', { caseId: app.caseId, statementId: list[0]!.id, body: 'A DRAFT NOBODY SIGNED.' });

    const { pdf, detail, sources } = await buildDefault(app);
    expect(sources.candidates.find((c) => c.key === 'g:officer-statement')).toMatchObject({ usable: true, title: 'First witness statement of Ada Lovelace', date: '2026-11-20' });
    const pages = (await allText(pdf.bytes)).split('\n');
    const b = detail.manifest!.sections.find((s) => s.kind === 'statements')!;
    const doc = b.documents.find((d) => d.key === 'g:officer-statement')!;
    const statement = pages.slice(doc.start - 1, doc.end).join(' ').replace(/\s+/g, ' ');
    expect(statement).toContain('FIRST WITNESS STATEMENT OF ADA LOVELACE');
    expect(statement).not.toContain('A DRAFT NOBODY SIGNED');
    expect(statement).toContain('reported to the Claimant on 26/10/2026 at 09:40 that on 24/10/2026 at 21:30');
    expect(statement).toMatch(/marked ‘AL1’/);
    expect(statement).toContain('I wrote this statement myself from the case records.');
    expect(statement).toContain('Dated: 20/11/2026');
    // The exhibits are produced under the officer's marks: the index, the sheets and the annex agree.
    const exhibits = detail.manifest!.sections.find((s) => s.kind === 'exhibits')!;
    expect(exhibits.documents.map((d) => d.title.replace(/:.*/, ''))).toEqual(['Exhibit AL1', 'Exhibit AL2']);
    const sheet = pages[exhibits.documents[0]!.start - 1]!;
    expect(sheet).toContain('Exhibit AL1');
    expect(sheet).toMatch(/first witness statement of Ada Lovelace dated 20\/11\/2026|witness statement of Ada Lovelace dated 20\/11\/2026/);
    expect(pages.join(' ')).not.toMatch(/JM\/1|AL\/1/);
    // One statement of the officer in the statements section.
    expect(b.documents.filter((d) => /Ada Lovelace/.test(d.title))).toHaveLength(1);
  });

  it('takes each witness’s latest standard-print statement: no large-print twin, no superseded copy, no generated copy of a finalised statement', async () => {
    const app = await issueCase();
    const view = await app.must('case:get', { id: app.caseId });
    const amira = view.parties.find((p) => p.role === 'complainant')!;
    const slots = { occupation: 'Retail assistant', statement: 'I live alone at my home on the Elm Estate.', howTaken: 'I wrote it myself.', court: 'County Court at Clerkenwell and Shoreditch' };
    const standard = await app.must('document:generate', { caseId: app.caseId, templateId: 'witness-statement', partyId: amira.id, slots, largePrint: false });
    const large = await app.must('document:generate', { caseId: app.caseId, templateId: 'witness-statement', partyId: amira.id, slots, largePrint: true });
    const officerOld = await app.must('document:generate', { caseId: app.caseId, templateId: 'witness-statement', partyId: null, slots: { ...slots, occupation: 'Officer' }, largePrint: false });
    const officerNew = await app.must('document:generate', { caseId: app.caseId, templateId: 'witness-statement', partyId: null, slots: { ...slots, occupation: 'Officer', statement: 'A later version.' }, largePrint: false });
    await finaliseOfficer(app);
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const byId = (id: number) => sources.candidates.find((c) => c.key === `d:${id}`)!;
    expect(byId(standard.id)).toMatchObject({ usable: true, title: 'First witness statement of Amira Haddad' });
    expect(byId(large.id)).toMatchObject({ usable: false, problem: expect.stringContaining('standard print') });
    // An earlier make of the same statement is out either as superseded (by number) or, when made again the same day, as an earlier copy (issue 15's each-once rule).
    expect(byId(officerOld.id)).toMatchObject({ usable: false, problem: expect.stringMatching(/superseded|made again later the same day: the bundle takes each letter once, the copy made last/) });
    expect(byId(officerNew.id)).toMatchObject({ usable: false, problem: expect.stringContaining('finalised in the statement editor') });
    const inB = sources.defaultPlan.sections.find((s) => s.kind === 'statements')!.items;
    expect(inB).toEqual(expect.arrayContaining(['g:officer-statement', `d:${standard.id}`]));
    expect(inB).not.toContain(`d:${large.id}`);
    expect(inB).not.toContain(`d:${officerOld.id}`);
    expect(inB).not.toContain(`d:${officerNew.id}`);
  });
});
