import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGAL_AID_STATEMENT, SUITABILITY_WORDS, SUPERVISION_WORDS } from '../../../shared/court/texts';
import type { BundleManifest } from '../../../shared/schemas/bundles';
import { ADMIN } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { buildDefault, bundleCase, LEGACY_INJUNCTION, LEGAL, PROPER_INJUNCTION, type BundleCase } from './setup';

/**
 * Issue 15: the application and draft order are legally right, read back from the built PDF's own text
 * (pdftotext, as a reader of the file would get it), and the pre-flight check stops the papers an
 * injunction recorded the old way would have produced.
 */
const temp = useTempDirs();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of pages `start`–`end` of the bundle. */
function pagesText(dir: string, pdf: Uint8Array, start: number, end: number): string {
  const file = join(dir, 'bundle.pdf');
  writeFileSync(file, pdf);
  return flat(execFileSync('pdftotext', ['-f', String(start), '-l', String(end), file, '-'], { encoding: 'utf8' }));
}

/** The text of one generated part of the bundle, found by its key in the manifest. */
function partText(dir: string, pdf: Uint8Array, manifest: BundleManifest, key: string): string {
  const doc = manifest.sections.flatMap((s) => s.documents).find((d) => d.key === key);
  if (!doc) throw new Error(`${key} is not in the bundle`);
  return pagesText(dir, pdf, doc.start, doc.end);
}

const signInAs = async (app: BundleCase, username: string, passphrase: string) => {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username, passphrase });
};

describe('the application and draft order, from an injunction recorded with what the law needs', () => {
  it('plead s.5(1)(b), s.5(3) and s.2(1), name the court once, attach the power of arrest to named terms, and cite no tabs', async () => {
    const dir = temp();
    const app = await bundleCase(dir);
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).items).toEqual([]);
    // Only a finalised statement goes into a bundle (issue 15): the officer signs theirs first.
    const proposed = await app.must('statement:propose', { caseId: app.caseId });
    const saved = await app.must('statement:save', { caseId: app.caseId, body: proposed.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: proposed.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
    await app.must('statement:finalise', { caseId: app.caseId, statementId: saved.id, signedOn: '2026-11-21' });
    const { pdf, detail } = await buildDefault(app);
    const manifest = detail.manifest!;
    const application = partText(dir, pdf.bytes, manifest, 'g:application');
    const order = partText(dir, pdf.bytes, manifest, 'g:draft-order');

    // CPR 65.43(2)(d), the exact sentence, in both: the rule's own words, written out here as on
    // legislation.gov.uk (checked 05/12/2026), so a change to the one copy in texts.ts fails here too.
    expect(application).toContain(LEGAL_AID_STATEMENT);
    expect(order).toContain(LEGAL_AID_STATEMENT);
    for (const text of [application, order]) expect(text).toContain('the respondent is entitled to a reasonable opportunity to obtain legal representation and to apply for legal aid which may be available without any means test');
    // The evidence: CPR 65.43(2)(c) is the witness statement filed with the claim form ((3) is what the claim form states).
    expect(application).toContain('filed with the claim form (CPR 65.43(2)(c)).');
    expect(application).not.toContain('65.43(3)');
    // s.5(1)(b), not (a); the s.5(3) link and the s.2(1) limbs in the Act's words.
    expect(application).toContain('is a housing provider within section 5(1)(b) of the Anti-social Behaviour, Crime and Policing Act 2014');
    expect(application).not.toContain('5(1)(a)');
    expect(application).toContain('relates to or affects the Claimant’s housing management functions (section 5(3) of the Act): The Defendant is the Claimant’s secure tenant of 2 Elm Road');
    // The s.2(1) limbs are the Act's own words (checked against its text), so they are quoted.
    expect(application).toContain('within section 2(1)(a) and (b) of the Act, namely “conduct that has caused, or is likely to cause, harassment, alarm or distress to any person” (section 2(1)(a)); and “conduct capable of causing nuisance or annoyance to a person in relation to that person’s occupation of residential premises” (section 2(1)(b))');
    // s.3(1) and (2) quoted word for word, then who supervises the requirement and the evidence of its suitability.
    expect(SUPERVISION_WORDS).toBe('An injunction under section 1 that includes a requirement must specify the person who is to be responsible for supervising compliance with the requirement.');
    expect(application).toContain('Section 3(1) of the Act provides: “An injunction under section 1 that includes a requirement must specify the person who is to be responsible for supervising compliance with the requirement. The person may be an individual or an organisation.” The Claimant asks the court to specify, as the person responsible for supervising compliance with requirement 2(a), Elm Valley Support Services.');
    expect(application).toContain(`Section 3(2) of the Act provides that “${SUITABILITY_WORDS}” the person to be specified`);
    expect(application).toContain('That evidence is: as to requirement 2(a), letter from Priya Shah, service manager of Elm Valley Support Services, dated 10/11/2026');
    // The order names the supervisor against the requirement, and what the Defendant owes them (s.3(6)).
    expect(order).toContain('The person responsible for supervising compliance with each requirement (section 3(1) of the Act) is: (a) for paragraph 2(a), Elm Valley Support Services.');
    expect(order).toContain('must notify that person of any change of address (section 3(6) of the Act)');
    // Words not checked against the Act's text (ss.4, 5(3), 13) are never in quotation marks, in either paper.
    for (const text of [application, order]) expect(text).not.toMatch(/[“‘"][^”’"]*(housing management functions|threatened use of violence|significant risk of harm|normally lives)[^”’"]*[”’"]/);
    expect(application).toContain('That the order have effect for 12 months from the date it is made');
    // The court, once, in every heading.
    for (const text of [application, order]) {
      expect(text.match(/IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH/g)).toHaveLength(1);
      expect(text).not.toMatch(/COUNTY COURT AT COUNTY COURT|CLERKENWELL AND SHOREDITCH COUNTY COURT/);
    }
    // The power of arrest: on the named term, with its ground; the others carry none.
    expect(order).toContain('(a) using or threatening violence against any person living in Elm Road, London (b) shouting abuse at, or threatening, any person in Elm Road, London');
    expect(order).toContain('A power of arrest is attached to paragraph 1(a) of this order (section 4 of the Act), the court being satisfied that the anti-social behaviour consists of or includes the use or threatened use of violence against other persons. No other paragraph carries a power of arrest.');
    expect(order).toContain('This order has effect for 12 months from the date it is made');
    // No "himself or herself": the respondent's details record no title, so "themselves".
    expect(order).toContain('is forbidden, whether by themselves or by instructing or encouraging or permitting any other person, from:');
    expect(`${application} ${order}`).not.toContain('himself or herself');
    // A draft order the judge signs cites no bundle tabs.
    expect(order).not.toMatch(/\btabs? [A-Z]\d/);
    expect(order).toContain('AND UPON reading the witness statement of Ada Lovelace dated 21/11/2026 AND UPON');
    // Nothing is redacted inside an order term.
    const terms = order.slice(order.indexOf('IT IS ORDERED THAT'), order.indexOf('NOTE TO THE DEFENDANT'));
    expect(terms.length).toBeGreaterThan(200);
    expect(terms).not.toMatch(/\[(address )?withheld\]/);
    // The cover's confidentiality paragraph: capitalised, the names joined with "and", the verb agreeing.
    const cover = pagesText(dir, pdf.bytes, manifest.cover.start, manifest.cover.end);
    expect(cover).toContain('The Complainant and Witness A have not given written consent');
  }, 120_000);
});

describe('the pre-flight check', () => {
  it('lists every problem with an injunction recorded the old way, and the build waits', async () => {
    const app = await bundleCase(temp(), { recordedBefore15: { ...LEGACY_INJUNCTION, court: 'County Court at Clerkenwell and Shoreditch' } });
    const report = await app.must('bundle:preflight', { caseId: app.caseId });
    expect(report.blocked).toBe(true);
    const codes = report.items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['s5-3', 's2-limb', 'duration', 'poa-wholesale', 's13-home', 's13-landlord', 's13-ground', 's3-supervisor:2(a)']));
    // The complainant's name and address in a term: printed, they would be redacted inside it, so it is refused.
    // (The postcode in term 1(b) is the respondent's own too, so it identifies nobody else.)
    const identifies = report.items.filter((i) => i.code.startsWith('term-identifies')).map((i) => i.message);
    expect(identifies).toHaveLength(2);
    expect(identifies[0]).toMatch(/^Term 1\(a\) .* contains their name of the complainant \(Amira Haddad\)/);
    expect(identifies[1]).toMatch(/^Term 1\(a\) .* contains their address of the complainant \(4 Elm Road\)/);
    expect(report.items.find((i) => i.code === 's13-home')!.message).toContain('“the landing of 2–8 Elm Road” is not the respondent’s recorded home (2 Elm Road)');
    // The old free text names a known hearing centre once the words around it are taken off: no problem there.
    expect(codes).not.toContain('hearing-centre-unknown');
    // None of these is the user's to pass over.
    expect(report.items.every((i) => !i.overridable)).toBe(true);
    const refused = await app.call('bundle:preflightOverride', { caseId: app.caseId, code: 's5-3', reason: 'We think it is obvious enough.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard' } });

    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const build = await app.call('bundle:build', { caseId: app.caseId, plan: sources.defaultPlan });
    expect(build).toMatchObject({ ok: false, error: { code: 'guard' } });
    expect(!build.ok && build.error.message).toContain('section 5(3)');
    // Without the application and draft order, the rest of the bundle can still be built.
    const rest = { ...sources.defaultPlan, sections: sources.defaultPlan.sections.map((s) => ({ ...s, items: s.items.filter((k) => k !== 'g:application' && k !== 'g:draft-order') })) };
    const { pdf } = await buildDefault(app, () => rest);
    // The old free text "County Court at Clerkenwell and Shoreditch" is printed as the court names itself, once.
    const text = flat(execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }));
    expect(text).toContain('IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH');
    expect(text).not.toMatch(/COUNTY COURT AT COUNTY COURT/);
  }, 120_000);

  it('lists a requirement without evidence of its suitability (s.3(2)), which a reason can pass over', async () => {
    const terms = PROPER_INJUNCTION.terms.map((t) => (t.kind === 'requirement' ? { ...t, suitabilityEvidence: '' } : t));
    const app = await bundleCase(temp(), { injunction: { ...PROPER_INJUNCTION, terms } });
    const report = await app.must('bundle:preflight', { caseId: app.caseId });
    expect(report.items.map((i) => [i.code, i.rule, i.overridable])).toEqual([['s3-evidence:2(a)', 'ASBCPA 2014 s3(2)', true]]);
    expect(report.items[0]!.message).toContain('no evidence about its suitability and enforceability from Elm Valley Support Services');
    expect(report.blocked).toBe(true);
    const after = await app.must('bundle:preflightOverride', { caseId: app.caseId, code: 's3-evidence:2(a)', reason: 'The service manager will attend the hearing to give evidence.' });
    expect(after.blocked).toBe(false);
  });

  it('takes a reason for what the law leaves to judgement, stores it, audits it, and then builds', async () => {
    const app = await bundleCase(temp(), { injunction: { ...PROPER_INJUNCTION, court: 'Ipswich Magistrates’ Court' } });
    const before = await app.must('bundle:preflight', { caseId: app.caseId });
    expect(before.items.map((i) => [i.code, i.overridable])).toEqual([['hearing-centre-unknown', true]]);
    expect(before.blocked).toBe(true);
    const short = await app.call('bundle:preflightOverride', { caseId: app.caseId, code: 'hearing-centre-unknown', reason: 'ok' });
    expect(short).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const after = await app.must('bundle:preflightOverride', { caseId: app.caseId, code: 'hearing-centre-unknown', reason: 'The court has listed the application there by direction.' });
    expect(after.blocked).toBe(false);
    expect(after.items[0]!.override).toMatchObject({ reason: 'The court has listed the application there by direction.', by: LEGAL.displayName });
    // Kept: asked again, it is still there.
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).items[0]!.override?.reason).toBe('The court has listed the application there by direction.');
    await buildDefault(app);

    await signInAs(app, ADMIN.username, ADMIN.passphrase);
    const events = await app.must('audit:list', { limit: 200 });
    const override = events.filter((e) => e.action === 'bundle:preflightOverride' && e.outcome === 'ok');
    expect(override).toHaveLength(1);
    expect(override[0]).toMatchObject({ target: expect.stringContaining(app.ref), username: LEGAL.username });
    const detail = app.core.sessions.current()!.ws.db.prepare('SELECT detail FROM audit_events WHERE seq = ?').get(override[0]!.seq) as { detail: string };
    expect(JSON.parse(detail.detail)).toMatchObject({ code: 'hearing-centre-unknown' });
  }, 120_000);

  it('an old injunction still loads; recording it again with what the law needs clears the check', async () => {
    const app = await bundleCase(temp(), { recordedBefore15: LEGACY_INJUNCTION });
    const actions = await app.must('action:list', { caseId: app.caseId });
    expect(actions.actions.find((a) => a.kind === 'civil-injunction')!.details).toMatchObject({ exclusionFrom: 'the landing of 2–8 Elm Road' });
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).blocked).toBe(true);
    await signInAs(app, ADMIN.username, ADMIN.passphrase);
    const perp = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('action:create', {
      caseId: app.caseId,
      subjectPartyId: perp.id,
      startedOn: '2026-11-21',
      details: { kind: 'civil-injunction', court: 'Clerkenwell and Shoreditch', ...PROPER_INJUNCTION } as never,
      acknowledgements: { 'single-incident': 'Hate incident with a threat to burn the home: one incident is enough (P3.4).' },
    });
    await signInAs(app, LEGAL.username, LEGAL.passphrase);
    expect((await app.must('bundle:preflight', { caseId: app.caseId })).items).toEqual([]);
  }, 120_000);
});
