import { describe, expect, it } from 'vitest';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import * as fx from '../../fixtures/bundles/make';
import { ADMIN, buildDefault, bundleCase, LEGAL, type BundleCase } from './setup';

/**
 * The bundle's correspondence is what was sent or signed (issue 15): the ABC went in three times, each a
 * fresh unsigned copy, while the officer had uploaded the signed one. Each letter goes in once, as the
 * stored PDF made when it was sent (standard print), and an uploaded signed copy goes in its place.
 */
const temp = useTempDirs();

/** An ABC with Darren Whitcombe, agreed at a meeting on 06/11/2026; its contract made in all three formats that day. */
async function withAbc(app: BundleCase): Promise<number[]> {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  const view = await app.must('case:get', { id: app.caseId });
  const perp = view.parties.find((p) => p.role === 'alleged-perpetrator')!;
  const abc = await app.must('action:create', {
    caseId: app.caseId,
    subjectPartyId: perp.id,
    startedOn: '2026-11-06',
    details: { kind: 'abc', prohibitions: ['Not to shout abuse at anyone living in Elm Road'], positiveRequirements: [], agencies: [] },
  });
  const ids: number[] = [];
  // Made at the meeting and handed over there (issue 17: a letter counts as correspondence once it is sent).
  const today = app.now.value;
  app.now.value = new Date('2026-11-06T11:00:00Z');
  for (const v of [{ largePrint: false, easyRead: false }, { largePrint: true, easyRead: false }, { largePrint: false, easyRead: true }]) {
    const doc = await app.must('document:generate', { caseId: app.caseId, templateId: 'abc-contract', partyId: perp.id, actionId: abc.id, slots: { meetingDate: '2026-11-06' }, ...v });
    await app.must('document:recordSent', { id: doc.id, how: 'hand', at: '2026-11-06T11:00:00Z' });
    ids.push(doc.id);
  }
  app.now.value = today;
  return ids;
}

async function asLegal(app: BundleCase, at: string): Promise<void> {
  await app.must('session:signOut', {});
  app.now.value = new Date(at);
  await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
}

describe('correspondence in a bundle', () => {
  it('takes each letter once, the stored PDF as it was sent in standard print, never made again at build time', async () => {
    const app = await bundleCase(temp(), { files: [] });
    const [standard, large, easy] = await withAbc(app);
    // The bundle is built four weeks after the contract was signed.
    await asLegal(app, '2026-12-07T09:00:00Z');
    const built = await buildDefault(app);
    const byKey = new Map(built.sources.candidates.map((c) => [c.key, c]));
    expect(byKey.get(`d:${standard}`)).toMatchObject({ usable: true, defaultSection: 'correspondence' });
    expect(byKey.get(`d:${large}`)).toMatchObject({ usable: false, problem: expect.stringMatching(/large print copy of a letter sent the same day: the bundle takes each letter once, in standard print/) });
    expect(byKey.get(`d:${easy}`)).toMatchObject({ usable: false, problem: expect.stringMatching(/easy read copy/) });

    const correspondence = built.detail.manifest!.sections.find((s) => s.kind === 'correspondence')!;
    const abcs = correspondence.documents.filter((d) => /Acceptable Behaviour Contract/.test(d.title));
    expect(abcs.map((d) => d.key)).toEqual([`d:${standard}`]);
    // The pages are the stored PDF's: agreed on the day of the meeting, not the day of the build.
    const text = pdfText(built.pdf.bytes, abcs[0]!.start, abcs[0]!.end);
    expect(text).toMatch(/Agreed on\s+06\/11\/2026/);
    expect(text).not.toMatch(/07\/12\/2026/);
    // The correspondence schedule lists the letter once too.
    const all = pdfText(built.pdf.bytes, 1, built.detail.manifest!.pageCount);
    expect(all.match(/Copy at tab [A-Z]\d+\./g) ?? []).toHaveLength(1);
  });

  it('puts an uploaded signed copy in the letter’s place, and warns when both are chosen', async () => {
    const app = await bundleCase(temp(), { files: [] });
    const [standard] = await withAbc(app);
    const signed = await app.must('evidence:add', {
      caseId: app.caseId,
      fileName: 'abc-signed.pdf',
      source: 'Officer, at the meeting',
      obtainedOn: '2026-11-06',
      description: 'Signed ABC, scanned after the meeting',
      bytes: await fx.multiPage(2),
    });
    const certificate = await app.must('evidence:add', {
      caseId: app.caseId,
      fileName: 'N215.pdf',
      source: 'Officer',
      obtainedOn: '2026-11-21',
      description: 'Certificate of service of the injunction papers',
      bytes: await fx.multiPage(1),
    });
    await asLegal(app, '2026-12-07T09:00:00Z');
    const built = await buildDefault(app);
    const byKey = new Map(built.sources.candidates.map((c) => [c.key, c]));
    expect(byKey.get(`e:${signed.id}`)!.defaultSection).toBe('correspondence');
    expect(byKey.get(`e:${certificate.id}`)!.defaultSection).toBe('correspondence');

    const m = built.detail.manifest!;
    const correspondence = m.sections.find((s) => s.kind === 'correspondence')!;
    expect(correspondence.documents.map((d) => d.key).filter((k) => !k.startsWith('g:'))).toEqual([`e:${signed.id}`, `e:${certificate.id}`]);
    expect(m.excluded).toContainEqual(expect.objectContaining({ key: `d:${standard}`, reason: expect.stringMatching(/^The signed or served copy \(.+\) is in the bundle in its place, at tab [A-Z]\d+$/) }));
    const all = pdfText(built.pdf.bytes, 1, m.pageCount);
    // The schedule's cell wraps: the words, then the rest of the row's line, then the rest of the cell.
    expect(all).toMatch(/The signed or served copy[^\n]*\n[^\n]*\(AL\/\d+\) at tab [A-Z]\d+\./);

    // Both chosen: built, with a warning that the court would read the same letter twice.
    const both = await buildDefault(app, (plan) => ({ ...plan, sections: plan.sections.map((s) => (s.kind === 'correspondence' ? { ...s, items: [`d:${standard}`, ...s.items] } : s)) }));
    expect(both.detail.manifest!.warnings).toContainEqual(expect.objectContaining({ code: 'letter-and-signed-copy', key: `d:${standard}` }));
  });

  it('puts a finalised certificate of service straight after the letter it certifies, and the schedule points at it', async () => {
    const app = await bundleCase(temp(), { files: [] });
    const [standard] = await withAbc(app);
    await asLegal(app, '2026-12-07T09:00:00Z');
    const perp = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    // Handed to him at the meeting on Friday 06/11/2026 at 11:15: served that day (CPR 6.26).
    const cert = await app.must('paper:save', {
      caseId: app.caseId,
      paper: { kind: 'service-certificate', fields: { documentId: standard!, document: 'Acceptable Behaviour Contract', servedOnPartyId: perp.id, method: 'personal', stepOn: '2026-11-06', stepAt: '11:15', place: 'Elm Estate office', servedBy: 'Olu Adeyemi' } },
    });
    await app.must('paper:finalise', { caseId: app.caseId, paperId: cert.id, signedOn: '2026-11-06' });
    const built = await buildDefault(app);
    const correspondence = built.detail.manifest!.sections.find((s) => s.kind === 'correspondence')!;
    const keys = correspondence.documents.map((d) => d.key);
    expect(keys.indexOf(`g:service-certificate:${cert.id}`)).toBe(keys.indexOf(`d:${standard}`) + 1);
    const certDoc = correspondence.documents.find((d) => d.key === `g:service-certificate:${cert.id}`)!;
    const text = pdfText(built.pdf.bytes, certDoc.start, certDoc.end).replace(/\s+/g, ' ');
    expect(text).toContain('Deemed served on 06/11/2026');
    const schedule = correspondence.documents.find((d) => d.key === 'g:correspondence-schedule')!;
    const scheduleText = pdfText(built.pdf.bytes, schedule.start, schedule.end).replace(/\s+/g, ' ');
    // The table wraps the summary column: its words are read across the row's other cells.
    const letterTab = correspondence.documents.find((d) => d.key === `d:${standard}`)!.tab;
    expect(scheduleText).toMatch(new RegExp(`Copy at tab ${letterTab}\\. Certificate .*of service at tab ${certDoc.tab}\\.`));
  });
});
