import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase, send, SLOTS } from './fixture';
import { pdfText } from './read-back';

/**
 * Documents through the IPC contract: the disclosure guard on the finished text, missing fields named
 * with their line, storage (immutable, hashed, both files), the chronology, the service-standard facts
 * each document meets, recorded format needs, audit, and partners' versions of templates.
 */
const temp = useTempDirs();

const firstWarning = (c: Awaited<ReturnType<typeof richCase>>, incidentsText: string) => ({ caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText } });

describe('the disclosure guard (P3.13–3.14)', () => {
  it('refuses a letter to the perpetrator that would name the complainant, and allows it once her consent covers him', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const naming = firstWarning(c, 'On 19/11/2026 at 21:00 you told Amira Haddad that you would burn her door.');
    const preview = await app.must('document:preview', naming);
    expect(preview.refusal?.message).toMatch(/cannot be made \(P3\.13–3\.14\)/);
    expect(preview.refusal?.message).toMatch(/name of Amira Haddad \(complainant\), “Amira Haddad”, in paragraph \d+ \(under “What has been reported”\)/);
    expect(preview.refusal?.places[0]).toMatchObject({ value: 'Amira Haddad', words: 'Amira Haddad', reason: 'it is their name', suggestion: 'a neighbour', excerpt: expect.stringContaining('you told Amira Haddad that you') });
    const refused = await app.call('document:generate', naming);
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/has not given written consent that covers this recipient/) } });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);

    // The same letter, written without identifying her, is fine.
    await app.must('document:generate', firstWarning(c, 'On 19/11/2026 at 21:00 you threatened to burn a neighbour’s front door.'));

    const consent = await app.must('consent:add', { caseId: c.id, partyId: c.complainant.id, consent: { recipient: 'alleged-perpetrator', purpose: 'So that the warning can say what happened to her', writtenOn: '2026-11-21', source: 'Signed consent form' } });
    const allowed = await app.must('document:generate', naming);
    const pdf = await app.must('document:export', { id: allowed.id, format: 'pdf' });
    expect((await pdfText(pdf.bytes)).pages.join(' ')).toContain('you told Amira Haddad that');

    await app.must('consent:withdraw', { id: consent.id, withdrawnOn: '2026-11-21' });
    expect(await app.call('document:generate', naming)).toMatchObject({ ok: false, error: { code: 'guard' } });
  });

  it('finds a surname alone, an address’s first line, a postcode without its space, a phone number however spaced, an e-mail and marked details', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('party:update', { id: c.witness.id, party: { key: 'w', role: 'witness', name: 'George Pike', address: '6 Elm Road, London', postcode: 'N1 2ZZ', phone: '020 7946 0018', identifyingDetails: ['the blue Fiat Punto'] } });
    // The refusal quotes the words as the text has them (a title goes with the surname), and says why (issue 16).
    const cases: [string, RegExp][] = [
      ['Mrs haddad saw it.', /surname of Amira Haddad .*“Mrs haddad”.*because it is their surname/],
      ['It happened outside 4,  Elm Road.', /address of Amira Haddad .*“4, {2}Elm Road”.*because it is their address/],
      // Her postcode is hers alone on this case (the witness lives in N1 2ZZ), so it identifies her.
      ['The flat at n11aa was damaged.', /postcode of Amira Haddad .*“n11aa”.*no one else on the case shares/],
      ['She rang us from 07700900123.', /phone number of Amira Haddad/],
      ['She rang us from +44 7700 900 123.', /phone number of Amira Haddad/],
      ['Her e-mail AMIRA.HADDAD@example.org was copied.', /e-mail address of Amira Haddad/],
      ['The owner of the blue Fiat Punto saw you.', /identifying detail of George Pike \(witness\)/],
      ['Mr Pike heard it.', /surname of George Pike \(witness\)/],
      ['The witness at number 6 heard it.', /flat or house number of George Pike \(witness\), “number 6”/],
    ];
    for (const [text, expected] of cases) {
      const preview = await app.must('document:preview', firstWarning(c, text));
      expect(preview.refusal?.message, text).toMatch(expected);
    }
    // Whole words only: "Pikestaff" is not Mr Pike; the perpetrator's own name and address are his.
    for (const text of ['It was as plain as a pikestaff.', 'You, Darren Whitcombe of 2 Elm Road, N1 1AB, were seen.']) {
      expect((await app.must('document:preview', firstWarning(c, text))).refusal, text).toBeNull();
    }
  });

  it('lets a justified police referral carry her identity without consent, with the reason recorded; a witness statement needs her consent to the court', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const referral = await app.must('document:generate', {
      caseId: c.id,
      templateId: 'agency-referral',
      referralId: c.referralJustified,
      slots: { agencyAddress: 'Islington Police Station\n2 Tolpuddle Street\nLondon N1 0YY', background: 'Amira Haddad, of 4 Elm Road, was threatened at her door on 19/11/2026.', safeContact: 'Mobile after 6pm; no voicemail.' },
    });
    expect(referral.notes.join(' ')).toMatch(/identity goes to the police without their consent, as the referral records: “A threat to set fire to her home: risk to life\.” \(P3\.14\)/);

    const statement = { caseId: c.id, templateId: 'witness-statement', partyId: c.complainant.id, slots: SLOTS['witness-statement'] };
    expect(await app.call('document:generate', statement)).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/to the court .* Amira Haddad has not given written consent/) } });
    await app.must('consent:add', { caseId: c.id, partyId: c.complainant.id, consent: { recipient: 'court', purpose: 'Evidence', writtenOn: '2026-11-21', source: 'Signed' } });
    await app.must('document:generate', statement);
  });
});

describe('the agency referral letter', () => {
  it('says who is referred, how to reach them safely, their language and the risk, when her consent to that agency covers it', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('party:update', { id: c.complainant.id, party: { key: 'a', role: 'complainant', name: 'Amira Haddad', dateOfBirth: '1980-02-01', tenure: 'assured', address: '4 Elm Road, London', postcode: 'N1 1AA', phone: '07700 900123', email: 'amira.haddad@example.org', formatNeeds: { interpreter: 'Arabic', largePrint: true } } });
    await app.must('case:update', { id: c.id, risk: { level: 'high', notes: 'Threat of arson' } });
    const made = await app.must('document:generate', { caseId: c.id, templateId: 'agency-referral', referralId: c.referralWithConsent, slots: SLOTS['agency-referral'] });
    const text = (await pdfText((await app.must('document:export', { id: made.id, format: 'pdf' })).bytes)).pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Who we are referring');
    expect(text).toContain('Name: Amira Haddad (the complainant in our case)');
    expect(text).toContain('Address: 4 Elm Road, London, N1 1AA');
    expect(text).toContain('Telephone: 07700 900123');
    expect(text).toContain('Language: Arabic: an interpreter is needed');
    expect(text).toContain('Other formats: Written information in large print');
    expect(text).toContain('Risk: High risk, as we have assessed it');
    expect(text).toContain('Do not leave a voicemail');
    expect(text).toContain('Amira Haddad has given us their written consent to share these details with you');
    expect(text).not.toContain('The person concerned');
  });

  it('cannot be made without how to contact them safely: the slot is asked for, never left blank', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const r = await app.call('document:generate', { caseId: c.id, templateId: 'agency-referral', referralId: c.referralWithConsent, slots: { agencyAddress: 'Victim Support Islington\n1 Upper Street' } });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/How and when to contact them safely/) } });
  });
});

describe('a missing field', () => {
  it('is refused with its name and line, never a blank', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('party:update', { id: c.perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', dateOfBirth: '1985-04-04', tenure: 'secure' } });
    const r = await app.call('document:generate', { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/“First written warning” needs recipient\.address \(the address of the person it goes to\), which is empty for this case \(template line \d+\)/) } });

    // A partner's version that uses the tenancy clause unguarded: the final warning on this case has none.
    await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233' });
    const text = (await app.must('template:get', { partner: 'C33', templateId: 'final-warning' })).defaultText.replace('## What you must do', 'This breaks {{action.tenancyClause}}.\n\n## What you must do');
    await app.must('template:save', { partner: 'C33', templateId: 'final-warning', text });
    const line = text.split('\n').findIndex((l) => l.includes('{{action.tenancyClause}}.')) + 1;
    await app.must('party:update', { id: c.perp.id, party: { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', dateOfBirth: '1985-04-04', tenure: 'secure', address: '2 Elm Road, London', postcode: 'N1 1AB' } });
    const missing = await app.call('document:generate', { caseId: c.id, templateId: 'final-warning', partyId: c.perp.id, actionId: c.final });
    expect(missing).toMatchObject({ ok: false, error: { message: `“Final written warning” needs action.tenancyClause, which is empty for this case (template line ${line}, override:C33@1). Add it to the case, then try again.` } });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);
  });
});

async function acknowledged(app: TestApp, caseId: number) {
  return (await app.must('deadline:forCase', { caseId })).find((i) => i.ruleId === 'acknowledge');
}

describe('a generated document', () => {
  it('is stored immutable with both files and their hashes, audited, in the chronology, and meets the rule it serves once sent', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    expect((await acknowledged(app, c.id))?.state).toBe('pending');
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(doc).toMatchObject({ templateId: 'acknowledgement', templateVersion: 2, templateSource: 'default', recipientPartyId: c.complainant.id, recipientDescription: 'Amira Haddad', recipientRole: 'complainant', sentOn: null, state: 'ready', createdBy: 'Ada Lovelace' });
    expect(doc.files.map((f) => f.format).sort()).toEqual(['docx', 'pdf']);
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // P4.6: the acknowledgement, sent, is the "acknowledged" fact; the deadline is met (made alone meets nothing: issue 17).
    expect((await acknowledged(app, c.id))?.state).toBe('pending');
    await send(app, doc);
    expect((await acknowledged(app, c.id))?.state).toBe('met-on-time');
    const chronology = (await app.must('case:get', { id: c.id })).chronology;
    expect(chronology.find((i) => i.kind === 'document')).toMatchObject({ title: 'Document: Acknowledgement of a report — to Amira Haddad', by: 'Ada Lovelace', partyId: c.complainant.id });
    expect(chronology.find((i) => i.kind === 'deadline')?.detail).toMatch(/Acknowledgement letter \(document \d+\), naming Jo Baptiste/);

    // Immutable: the database refuses a change or a delete.
    const { db } = app.core.sessions.current()!.ws;
    expect(() => db.prepare("UPDATE documents SET title = 'x' WHERE id = ?").run(doc.id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM document_files WHERE document_id = ?').run(doc.id)).toThrow(/kept/);
    expect(() => db.prepare("UPDATE document_files SET bytes = x'00' WHERE document_id = ?").run(doc.id)).toThrow(/immutable/);

    // Export checks the hash; generating and exporting are audited (identifiers, never names).
    const exported = await app.must('document:export', { id: doc.id, format: 'docx' });
    expect(exported).toMatchObject({ fileName: `Acknowledgement of a report — ${c.ref}.docx`, mediaType: expect.stringContaining('wordprocessingml') });
    const events = (db.prepare("SELECT action, outcome, target, detail FROM audit_events WHERE action LIKE 'document:%' ORDER BY seq").all() as { action: string; outcome: string; target: string; detail: string }[]).map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> }));
    const generate = events.find((e) => e.action === 'document:generate' && e.outcome === 'ok')!;
    expect(generate).toMatchObject({ target: `case:${c.ref}`, detail: { documentId: doc.id, template: 'acknowledgement', contentHash: doc.contentHash, pdfSha256: doc.files.find((f) => f.format === 'pdf')!.sha256 } });
    expect(JSON.stringify(generate.detail)).not.toContain('Haddad');
    expect(events.find((e) => e.action === 'document:export')?.detail).toMatchObject({ documentId: doc.id, format: 'docx', sha256: exported.sha256 });
  });

  it('meets the other rules: officer contact is a contact, the plan letter issues the plan, the closure letter offers the appeal, the survey letter offers the survey', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'officer-contact', partyId: c.complainant.id }));
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'officer-contact')?.state).toBe('met-on-time');
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id }));
    expect((await app.must('plan:get', { caseId: c.id })).plans[0]?.issuedAt).toBe('2026-11-21T09:00:00.000Z');

    await app.must('closure:propose', { caseId: c.id, outcome: 'resolved', reason: 'The abuse has stopped.' });
    await app.must('closure:discuss', { caseId: c.id, at: '2026-11-21T08:55:00Z', kind: 'call', summary: 'Agrees.', notPossibleReason: null });
    expect((await app.must('closure:get', { caseId: c.id })).missing).toHaveLength(1);
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'closure', partyId: c.complainant.id }));
    const closure = await app.must('closure:get', { caseId: c.id });
    expect(closure).toMatchObject({ appealOfferedOn: '2026-11-21', missing: [] });
    await app.must('closure:close', { caseId: c.id, at: '2026-11-21T09:00:00Z' });
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'feedback-survey')?.state).toBe('pending');
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'feedback-survey', partyId: c.complainant.id }));
    expect((await app.must('deadline:forCase', { caseId: c.id })).find((i) => i.ruleId === 'feedback-survey')?.state).toBe('met-on-time');
  });

  it('applies a recorded large-print need and flags an interpreter on the letter', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('party:update', {
      id: c.complainant.id,
      party: { key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road, London', postcode: 'N1 1AA', formatNeeds: { largePrint: true, easyRead: false, interpreter: 'Arabic', signer: false, braille: false, audio: false } },
    });
    const choice = (await app.must('document:templates', { caseId: c.id })).find((t) => t.id === 'acknowledgement')!;
    expect(choice.recipients[0]).toMatchObject({ largePrint: true, needs: ['an interpreter (Arabic)'] });
    const preview = await app.must('document:preview', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(preview.model.variant).toEqual({ largePrint: true, easyRead: false });
    expect(preview.model.fontSize).toBeGreaterThanOrEqual(16);
    expect(preview.notes.join(' ')).toMatch(/Large print .* recorded need \(P8\.3\).*needs an interpreter \(Arabic\)/);
    // Issue 19: the notice in Arabic first (right to left), then the English.
    expect(preview.model.blocks[0]).toMatchObject({ kind: 'box', blocks: [{ lang: 'ar', dir: 'rtl', runs: [{ text: expect.stringContaining('هذه الرسالة مهمة'), bold: true }] }, { runs: [{ text: 'This letter is important. Interpreter needed: Arabic.', bold: true }] }, expect.anything()] });
    // Asked for standard print, it is standard print.
    expect((await app.must('document:preview', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id, largePrint: false })).model.fontSize).toBe(12);
  });

  it('is offered only when it fits: no warning letter without the warning action, no closure letter on an open case', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', {
      partner: 'C33',
      receivedAt: '2026-11-20T16:30:00Z',
      method: 'phone',
      category: 'asb',
      parties: [{ key: 'a', role: 'complainant', name: 'Ann Example', address: '1 High St' }],
      incidents: [{ occurredAt: '2026-11-19T21:00:00Z', description: 'Noise' }],
    });
    const choices = Object.fromEntries((await app.must('document:templates', { caseId: c.id })).map((t) => [t.id, t.reason]));
    expect(choices).toMatchObject({
      acknowledgement: null,
      'first-warning': 'Needs a first written warning recorded on the case first.',
      'abc-contract': 'Needs an acceptable behaviour contract recorded on the case first.',
      closure: 'Only when the case is closure proposed or closed.',
      'action-plan': 'Needs an agreed action plan.',
    });
    expect(await app.call('document:generate', { caseId: c.id, templateId: 'first-warning' })).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/does not fit this case yet\. Needs a first written warning/) } });
  });
});

describe('a partner’s own version of a template', () => {
  it('is checked before it is saved, with line numbers; used for that partner’s cases; versioned; and can go back to the default', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const { defaultText } = await app.must('template:get', { partner: 'C33', templateId: 'acknowledgement' });
    const bad = defaultText.replace('Your case officer is **{{officer.name}}**.', 'Your case officer is **{{officer.nmae}}** {{#shout}}x{{/shout}}.').replace('recipient: complainant', 'recipient: subject');
    const checked = await app.must('template:validate', { templateId: 'acknowledgement', text: bad });
    const lineOf = (needle: string) => bad.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(checked.ok).toBe(false);
    expect(checked.problems).toEqual(
      expect.arrayContaining([
        { line: lineOf('recipient: subject'), message: expect.stringMatching(/"recipient" is one of Hearth's rules/) },
        { line: lineOf('officer.nmae'), message: expect.stringMatching(/"officer.nmae" is not a field Hearth knows|shout/) },
      ]),
    );
    expect(await app.call('template:save', { partner: 'C33', templateId: 'acknowledgement', text: bad })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^The template was not saved\. Line \d+:/) } });
    const yaml = await app.must('template:validate', { templateId: 'acknowledgement', text: defaultText.replace('version: 2', 'version: [2') });
    expect(yaml.problems[0]).toMatchObject({ line: expect.toSatisfy((n: number) => n === 4 || n === 5), message: expect.stringMatching(/not valid YAML/) });

    const ours = defaultText.replace('version: 2', 'version: 3').replace('Thank you for telling us about what has been happening.', 'Thank you for contacting Circle 33 about what has been happening.');
    expect(await app.must('template:save', { partner: 'C33', templateId: 'acknowledgement', text: ours })).toEqual({ version: 1 });
    const made = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(made).toMatchObject({ templateSource: 'override:C33@1', templateVersion: 3 });
    expect((await pdfText((await app.must('document:export', { id: made.id, format: 'pdf' })).bytes)).pages.join(' ')).toContain('Thank you for contacting Circle 33');

    expect(await app.must('template:revert', { partner: 'C33', templateId: 'acknowledgement' })).toEqual({ version: 2 });
    const list = await app.must('template:list', { partner: 'C33' });
    expect(list.find((t) => t.id === 'acknowledgement')).toMatchObject({ overrideVersion: null, history: [{ version: 2, reverted: true }, { version: 1, reverted: false }] });
    const again = await app.must('document:preview', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(JSON.stringify(again.model)).toContain('Thank you for telling us about what has been happening.');
  });

  it('is refused to an officer', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'river stone lantern' });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'olly', passphrase: 'river stone lantern' });
    expect(await app.call('template:save', { partner: 'C33', templateId: 'acknowledgement', text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await app.must('template:list', { partner: 'C33' })).length).toBe(19); // 15, and issue 20's three case review letters and its case summary for the panel
  });
});

describe('other spellings of a name (issue 16)', () => {
  it('are kept on the person and refused in a letter to the perpetrator like the name itself', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('party:update', { id: c.witness.id, party: { key: 'w', role: 'witness', name: 'Siân Llywelyn', address: '6 Elm Road, London', postcode: 'N1 2ZZ', otherNames: ['Sian Llewellyn'] } });
    const view = await app.must('case:get', { id: c.id });
    expect(view.parties.find((p) => p.id === c.witness.id)!.otherNames).toEqual(['Sian Llewellyn']);
    const preview = await app.must('document:preview', firstWarning(c, 'Ms Llewellyn saw you kick the door.'));
    expect(preview.refusal?.message).toMatch(/surname of Siân Llywelyn \(witness\), “Ms Llewellyn”/);
    const accents = await app.must('document:preview', firstWarning(c, 'Sian Llywelyn saw you kick the door.'));
    expect(accents.refusal?.message).toMatch(/name of Siân Llywelyn \(witness\), “Sian Llywelyn”.*because it is their name/);
  });
});

describe('context decides (issue 16)', () => {
  it('refuses a house number on the perpetrator’s own street, says why; allows a postcode several households share', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const neighbour = await app.must('document:preview', firstWarning(c, 'Your neighbour from number 6 saw you.'));
    expect(neighbour.refusal?.message).toMatch(/flat or house number of George Pike \(witness\), “number 6”.*because it is the number of their home, and the recipient lives in the same block or street \(Elm Road\), so it points to one household/);
    const woman = await app.must('document:preview', firstWarning(c, 'You shouted at the woman who lives at No. 4.'));
    expect(woman.refusal?.message).toMatch(/flat or house number of Amira Haddad \(complainant\), “No\. 4”/);
    // The complainant and the witness share N1 1AA: on its own it points to neither.
    expect((await app.must('document:preview', firstWarning(c, 'We have written to every home in N1 1AA about the noise.'))).refusal).toBeNull();
  });
});
