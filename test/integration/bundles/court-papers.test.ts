import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_STATEMENT_OF_TRUTH, WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import type { BundleManifest } from '../../../shared/schemas/bundles';
import { useTempDirs } from '../../helpers/temp';
import { multiPage } from '../../fixtures/bundles/make';
import { buildDefault, bundleCase, type BundleCase } from './setup';

/**
 * Issue 15: the certificate of service, the case summary and party witnesses' statements are written,
 * finalised and then bundled; the hearsay notice gives only a reason the record supports. Read back from
 * the built PDF's own text (pdftotext).
 */
const temp = useTempDirs();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function partText(dir: string, pdf: Uint8Array, manifest: BundleManifest, key: string): string {
  const doc = manifest.sections.flatMap((s) => s.documents).find((d) => d.key === key);
  if (!doc) throw new Error(`${key} is not in the bundle`);
  const file = join(dir, 'bundle.pdf');
  writeFileSync(file, pdf);
  return flat(execFileSync('pdftotext', ['-f', String(doc.start), '-l', String(doc.end), file, '-'], { encoding: 'utf8' }));
}

async function people(app: BundleCase) {
  const view = await app.must('case:get', { id: app.caseId });
  return {
    complainant: view.parties.find((p) => p.role === 'complainant')!,
    witness: view.parties.find((p) => p.role === 'witness')!,
    respondent: view.parties.find((p) => p.role === 'alleged-perpetrator')!,
  };
}

const ARABIC_TRUTH = 'أعتقد أن الوقائع الواردة في هذا البيان صحيحة.';

describe('court papers written before the build (issue 15)', () => {
  it('a certificate of service with its deemed date, a case summary at the front, and a party’s statement with its translation', async () => {
    const dir = temp();
    const app = await bundleCase(dir, { consent: true });
    // After Christmas: the letter was posted two days before Christmas Day.
    app.now.value = new Date('2026-12-30T10:00:00Z');
    const { complainant, respondent } = await people(app);

    // A certificate for a timed method needs the time: delivery before 4.30pm is served that day.
    const certificate = { documentId: null, document: 'The order of 21/11/2026 and the notice of the next hearing', servedOnPartyId: respondent.id, stepOn: '2026-12-23', place: '2 Elm Road, London N1 1AA', servedBy: 'Olu Adeyemi', position: 'Tenancy enforcement officer' };
    const untimed = await app.call('paper:save', { caseId: app.caseId, paper: { kind: 'service-certificate', fields: { ...certificate, method: 'delivered' } } });
    expect(untimed.ok).toBe(false);
    if (!untimed.ok) expect(untimed.error.message).toMatch(/Give the time it was delivered or left.*4\.30pm/);
    const draft = await app.must('paper:save', { caseId: app.caseId, paper: { kind: 'service-certificate', fields: { ...certificate, method: 'first-class-post' } } });
    expect(draft.deemed?.on).toBe('2026-12-29');
    const cert = await app.must('paper:finalise', { caseId: app.caseId, paperId: draft.id, signedOn: '2026-12-23' });
    // The claim form itself: CPR 6.14, the second business day after the step, whatever the hour.
    const claimForm = await app.must('paper:save', { caseId: app.caseId, paper: { kind: 'service-certificate', fields: { ...certificate, document: 'The claim form', claimForm: true, method: 'personal', stepOn: '2026-12-22', stepAt: '17:00' } } });
    expect(claimForm.deemed).toMatchObject({ on: '2026-12-24', rule: 'CPR 6.14' });
    expect(cert.status).toBe('final');
    const locked = await app.call('paper:save', { caseId: app.caseId, paperId: cert.id, paper: { kind: 'service-certificate', fields: { ...certificate, method: 'personal', stepAt: '10:00' } } });
    expect(locked.ok).toBe(false);

    // The case summary, proposed from the record, edited, finalised.
    const proposal = await app.must('paper:proposeSummary', { caseId: app.caseId });
    expect(proposal.body).toContain('The Defendant is Darren Whitcombe');
    expect(proposal.body).toContain('Amira Haddad (complainant)');
    const summary = await app.must('paper:save', { caseId: app.caseId, paper: { kind: 'case-summary', fields: { body: `${proposal.body}\n\nThe Claimant asks for the order to be made today.` } } });
    await app.must('paper:finalise', { caseId: app.caseId, paperId: summary.id, signedOn: '2026-12-30' });

    // The complainant's statement, made in Arabic through an interpreter, with the English translation.
    const saved = await app.must('statement:save', {
      caseId: app.caseId,
      maker: { kind: 'party', partyId: complainant.id },
      body: 'سمعت دارين ويتكومب يركل بابي.',
      language: 'Arabic',
      howTaken: 'This statement was taken in Arabic at my home through an interpreter, Sami Nasser.',
      translation: { body: 'I heard Darren Whitcombe kick my door and shout that he would burn me out.', translatorName: 'Sami Nasser', translatedOn: '2026-12-01', certificate: 'I, Sami Nasser, certify that I am competent to translate from Arabic into English and that this is a true translation.', truthInLanguage: ARABIC_TRUTH },
    });
    await app.must('statement:finalise', { caseId: app.caseId, statementId: saved.id, signedOn: '2026-12-01' });

    const { pdf, detail, plan } = await buildDefault(app);
    const manifest = detail.manifest!;
    // The summary opens the bundle; the certificate goes with the correspondence.
    expect(plan.sections[0]!.items[0]).toBe('g:case-summary');
    expect(plan.sections.find((s) => s.kind === 'correspondence')!.items).toContain(`g:service-certificate:${cert.id}`);

    const certText = partText(dir, pdf.bytes, manifest, `g:service-certificate:${cert.id}`);
    expect(certText).toContain('CERTIFICATE OF SERVICE');
    expect(certText).toContain('Deemed served on 29/12/2026');
    expect(certText).toContain('The person served Darren Whitcombe');
    expect(certText).toContain('When it was posted 23/12/2026');
    expect(certText).toContain(CERTIFICATE_STATEMENT_OF_TRUTH);
    expect(certText).toContain('Name: Olu Adeyemi');

    const summaryText = partText(dir, pdf.bytes, manifest, 'g:case-summary');
    expect(summaryText).toContain('CASE SUMMARY');
    expect(summaryText).toContain('The Defendant is Darren Whitcombe');
    expect(summaryText).toContain('Amira Haddad (complainant)');
    expect(summaryText).toContain('1(a) Forbidden from using or threatening violence against any person living in Elm Road, London (a power of arrest is sought).');
    expect(summaryText).toContain('2(a) Required to attend a course');
    expect(summaryText).toMatch(/21\/11\/2026: application for the injunction\. .*03\/12\/2026: hearing\./);
    expect(summaryText).toContain('The Claimant asks for the order to be made today.');

    const statementText = partText(dir, pdf.bytes, manifest, `g:party-statement:${saved.id}`);
    expect(statementText).toContain('FIRST WITNESS STATEMENT OF AMIRA HADDAD');
    expect(statementText).toContain('Made in Arabic');
    expect(statementText).toContain('ENGLISH TRANSLATION: FIRST WITNESS STATEMENT OF AMIRA HADDAD');
    expect(statementText).toContain('I heard Darren Whitcombe kick my door');
    expect(statementText).toContain('Translation dated 01/12/2026');
    expect(statementText).toContain('TRANSLATOR’S CERTIFICATE');
    expect(statementText).toContain('I, Sami Nasser, certify that I am competent to translate from Arabic into English');
    expect(statementText).toContain(WITNESS_STATEMENT_OF_TRUTH);
    // The application cites her statement by name and date, never a tab.
    expect(partText(dir, pdf.bytes, manifest, 'g:application')).toContain('Amira Haddad dated 01/12/2026');
  });
});

describe('the hearsay notice’s reason (CPR 33.2(3), issue 15)', () => {
  it('offers only the reasons the record supports, refuses one it does not, and prints the words chosen and edited', async () => {
    const dir = temp();
    const app = await bundleCase(dir);
    const { complainant } = await people(app);
    const proposed = await app.must('statement:propose', { caseId: app.caseId });
    const officer = await app.must('statement:save', { caseId: app.caseId, body: proposed.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: proposed.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
    await app.must('statement:finalise', { caseId: app.caseId, statementId: officer.id, signedOn: '2026-11-21' });

    // Nobody recorded a fear of reprisals: not offered, and refused if asked for.
    const before = await app.must('bundle:sources', { caseId: app.caseId });
    expect(before.hearsayReasons.map((o) => o.kind)).toEqual(['no-consent', 'other']);
    expect(before.defaultPlan.hearsayReasonKind).toBe('no-consent');
    const refused = await app.call('bundle:build', { caseId: app.caseId, plan: { ...before.defaultPlan, hearsayReasonKind: 'fear-of-reprisals', hearsayReason: 'They fear reprisals from the Defendant.' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/reason the case record does not support/);

    // The default notice says only what the record shows.
    const plain = await buildDefault(app);
    const notice = partText(dir, plain.pdf.bytes, plain.detail.manifest!, 'g:hearsay-notice');
    expect(notice).toContain('have not consented in writing to their identities being disclosed to the court');
    expect(notice).not.toMatch(/reprisal|fear/i);

    // Recorded on a call with the complainant: now offered, with the day it was recorded.
    await app.must('contact:add', { caseId: app.caseId, at: '2026-11-21T08:30:00Z', kind: 'call', direction: 'in', partyId: complainant.id, summary: 'Said she is afraid of reprisals from him if she is named.' });
    const after = await app.must('bundle:sources', { caseId: app.caseId });
    const fear = after.hearsayReasons.find((o) => o.kind === 'fear-of-reprisals');
    expect(fear?.label).toBe('Fear of reprisals (recorded on 21/11/2026)');
    expect(fear?.words).toContain('The Complainant told the Claimant of their fear of reprisals (recorded on 21/11/2026)');
    const edited = `${fear!.words} She told the officer so again by telephone.`;
    const chosen = await buildDefault(app, (plan) => ({ ...plan, hearsayReasonKind: 'fear-of-reprisals', hearsayReason: edited }));
    const withFear = partText(dir, chosen.pdf.bytes, chosen.detail.manifest!, 'g:hearsay-notice');
    expect(withFear).toContain('The Complainant told the Claimant of their fear of reprisals (recorded on 21/11/2026)');
    expect(withFear).toContain('She told the officer so again by telephone.');
    expect(withFear).not.toContain('have not consented in writing');
    // The choice is audited with the build (its words are case content: they are kept with the bundle's plan).
    const audited = app.core.sessions.current()!.ws.db.prepare("SELECT detail FROM audit_events WHERE action = 'bundle:build' AND outcome = 'ok' ORDER BY seq").all() as { detail: string }[];
    expect(audited.map((a) => (JSON.parse(a.detail) as { hearsayReasonKind: string | null }).hearsayReasonKind)).toEqual(['no-consent', 'fear-of-reprisals']);
    expect(chosen.detail.plan).toMatchObject({ hearsayReasonKind: 'fear-of-reprisals', hearsayReason: edited });
  });

  it('a withheld witness’s statement stays out; a named one’s replaces their uploaded statement, said as a warning', async () => {
    const dir = temp();
    const app = await bundleCase(dir);
    const { complainant } = await people(app);
    const mine = await app.must('statement:save', { caseId: app.caseId, maker: { kind: 'party', partyId: complainant.id }, body: 'I heard him kick my door.', howTaken: 'I wrote it myself.' });
    await app.must('statement:finalise', { caseId: app.caseId, statementId: mine.id, signedOn: '2026-11-21' });
    const withheld = await app.must('bundle:sources', { caseId: app.caseId });
    const key = `g:party-statement:${mine.id}`;
    expect(withheld.candidates.find((c) => c.key === key)).toMatchObject({ usable: false, problem: expect.stringContaining('has not consented in writing to being identified to the court') });
    expect(withheld.defaultPlan.sections.flatMap((s) => s.items)).not.toContain(key);
    expect(withheld.warnings.find((w) => w.code === 'statement-withheld')?.message).toContain('reaches the court as hearsay in the officer’s statement');
    expect(JSON.stringify(withheld.warnings)).not.toContain('Amira');

    // The court papers name her by her label only: the summary proposed, and a certificate of a letter served on her.
    const proposal = await app.must('paper:proposeSummary', { caseId: app.caseId });
    expect(proposal.body).toContain('The Complainant has not consented in writing to being identified to the court; their account is given as hearsay');
    expect(proposal.body).not.toMatch(/Amira|Haddad/);
    const served = await app.must('paper:save', { caseId: app.caseId, paper: { kind: 'service-certificate', fields: { document: 'Letter to Amira Haddad about the hearing', servedOnPartyId: complainant.id, method: 'personal', stepOn: '2026-11-20', stepAt: '18:00', place: '4 Elm Road, London N1 1AA', servedBy: 'Olu Adeyemi' } } });
    expect(served.deemed).toMatchObject({ on: '2026-11-23', rule: 'CPR 6.26' });
    await app.must('paper:finalise', { caseId: app.caseId, paperId: served.id, signedOn: '2026-11-21' });
    const built = await buildDefault(app);
    const certText = partText(dir, built.pdf.bytes, built.detail.manifest!, `g:service-certificate:${served.id}`);
    expect(certText).toContain('The person served The Complainant');
    expect(certText).toContain('I certify that I served the document described above on the Complainant');
    expect(certText).toContain('Deemed served on 23/11/2026');
    expect(certText).not.toMatch(/Amira|Haddad|4 Elm Road/);

    // With her written consent, and an uploaded statement of hers on file.
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    await app.must('consent:add', { caseId: app.caseId, partyId: complainant.id, consent: { recipient: 'court', purpose: 'The injunction hearing', writtenOn: '2026-11-20', source: 'Signed form' } });
    const upload = await app.must('evidence:add', { caseId: app.caseId, fileName: 'statement-amira-haddad.pdf', source: 'Elm Estate office', obtainedOn: '2026-11-20', description: 'Witness statement of Amira Haddad (typed by her)', bytes: await multiPage(1) });
    const named = await app.must('bundle:sources', { caseId: app.caseId });
    const items = named.defaultPlan.sections.flatMap((s) => s.items);
    expect(items).toContain(key);
    expect(items).not.toContain(`e:${upload.id}`);
    expect(named.warnings.find((w) => w.code === 'statement-replaces-upload')).toMatchObject({ key: `e:${upload.id}`, message: expect.stringContaining(`First witness statement of Amira Haddad (finalised, version 1) goes into the bundle in place of the uploaded statement ${upload.exhibitLabel}`) });
  });
});
