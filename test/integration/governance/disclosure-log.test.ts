import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase, buildDefault } from '../bundles/setup';
import { PARTNER } from '../documents/fixture';
import { acceptSarRedactions } from './fixture';

/**
 * Issue 21 item 4: every time information about people leaves Hearth, one row in the disclosure log —
 * a letter recorded as sent (not when it is only made), a court bundle built, a referral, a subject access
 * pack, a police evidence pack — with what, about whom, to whom, the lawful basis, who approved it and
 * when; listed per person and exported as CSV and PDF. The police pack holds each exhibit as held, with
 * its SHA-256 and a continuity statement.
 */
const temp = useTempDirs();

describe('the disclosure log', () => {
  it('has a row for a letter sent, a bundle, a subject access pack and a police pack, per person and exported', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    const built = await buildDefault(app);
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const view = await app.must('case:get', { id: app.caseId });
    const amira = view.parties.find((p) => p.role === 'complainant')!;
    const darren = view.parties.find((p) => p.role === 'alleged-perpetrator')!;

    await app.must('partners:save', { ...PARTNER, homes: 12000 });
    // A letter made is not a disclosure; sent, it is.
    const letter = await app.must('document:generate', { caseId: app.caseId, templateId: 'acknowledgement', partyId: amira.id });
    expect((await app.must('disclosure:list', { partyIds: [amira.id] })).filter((d) => d.kind === 'letter')).toHaveLength(0);
    await app.must('document:recordSent', { id: letter.id, how: 'hand', at: '2026-11-21T09:00:00Z' });

    const sar = await app.must('sar:record', { kind: 'access', partner: 'C33', name: amira.name, dateOfBirth: amira.dateOfBirth, receivedOn: '2026-11-21', identityMethod: 'Passport seen', identityCheckedOn: '2026-11-21' });
    const person = (await app.must('sar:find', { id: sar.id })).people[0]!;
    await app.must('sar:choose', { id: sar.id, partyIds: person.records.map((r) => r.partyId) });
    await acceptSarRedactions(app, sar.id);
    await app.must('sar:pack', { id: sar.id });

    const exhibit = Object.values(app.evidence)[0]!;
    const police = await app.must('police:pack', { caseId: app.caseId, force: 'Metropolitan Police Service', officer: 'PC 4471 Sam Okafor', reference: 'CAD 1234/20NOV26', lawfulBasis: 'cda-1998-s115', purpose: 'Investigating threats to burn a home', evidenceIds: [exhibit.id] });

    const all = await app.must('disclosure:list', { partyIds: [] });
    expect(all.map((d) => d.kind).sort()).toEqual(['bundle', 'letter', 'police-pack', 'sar-pack']);
    const byKind = Object.fromEntries(all.map((d) => [d.kind, d]));
    expect(byKind.letter).toMatchObject({ what: expect.stringMatching(/Acknowledgement/), recipient: expect.stringContaining('Amira'), approvedBy: 'Ada Lovelace', at: '2026-11-21T09:00:00.000Z', people: [{ partyId: amira.id }] });
    expect(byKind.bundle).toMatchObject({ what: `Court bundle ${built.plan.letter} (${built.detail.summary.pageCount} pages)`, recipient: expect.stringMatching(/court/), lawfulBasis: expect.stringMatching(/Sch\. 2 para 5/), approvedBy: 'Lena Legal' });
    expect(byKind.bundle!.people.map((p) => p.partyId)).toEqual(expect.arrayContaining([amira.id, darren.id]));
    expect(byKind['sar-pack']).toMatchObject({ recipient: `${amira.name} (the requester)`, caseRef: null, people: [{ partyId: amira.id }] });
    expect(byKind['police-pack']).toMatchObject({ recipient: 'PC 4471 Sam Okafor, Metropolitan Police Service', lawfulBasis: expect.stringMatching(/s\.115/), caseRef: app.ref });

    // Per person: Darren was in the bundle and the police pack, never sent a letter or a SAR pack.
    expect((await app.must('disclosure:list', { partyIds: [darren.id] })).map((d) => d.kind).sort()).toEqual(['bundle', 'police-pack']);

    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await app.must('disclosure:csv', { partyIds: [amira.id] })).bytes);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFWhen,What,Kind,Case,About,To,Lawful basis,Approved by');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 4);
    const pdf = await app.must('disclosure:pdf', { partyIds: [amira.id] });
    const text = pdfText(pdf.bytes, 1, 9).replace(/\s+/g, ' ');
    for (const words of ['Disclosure log', 'Letter sent', 'Court bundle', 'Subject access pack', 'Police evidence pack', 'Crime and Disorder Act 1998 s.115']) expect(text, words).toContain(words);
    // Each export named Amira, so each is itself in the log (about her, to a file, approved by who saved it; the PDF lists the CSV's row); a SAR pack does not list them.
    const exports = (await app.must('disclosure:list', { partyIds: [amira.id] })).filter((d) => d.kind === 'export');
    expect(exports.map((d) => d.what).sort()).toEqual(['Disclosure log exported as CSV (4 rows)', 'Disclosure log exported as PDF (5 rows)']);
    expect(exports[0]).toMatchObject({ recipient: 'A file saved by Ada Lovelace', approvedBy: 'Ada Lovelace', lawfulBasis: expect.stringMatching(/Art\. 5\(2\)/), caseRef: null });
    expect(exports[0]!.people.map((p) => p.partyId)).toEqual(expect.arrayContaining([amira.id, darren.id])); // everyone the exported rows name
    expect((await app.must('sar:items', { id: sar.id })).items.filter((i) => i.key.startsWith('disclosure:')).map((i) => i.title)).not.toContainEqual(expect.stringMatching(/^Export/));

    // The police pack: the exhibit as held, its SHA-256 in the list and in the statement PDF.
    const zip = unzipSync(police.bytes);
    const names = Object.keys(zip);
    expect(names).toEqual(expect.arrayContaining(['Evidence pack.pdf', 'SHA256SUMS.txt']));
    const file = names.find((n) => n.startsWith('exhibits/'))!;
    const sha = createHash('sha256').update(zip[file]!).digest('hex');
    expect(sha).toBe(exhibit.sha256);
    expect(new TextDecoder().decode(zip['SHA256SUMS.txt'])).toBe(`${sha}  ${file}\n`);
    const statement = pdfText(zip['Evidence pack.pdf']!, 1, 9).replace(/\s+/g, ' ');
    expect(statement).toContain(sha);
    expect(statement).toMatch(/Continuity statement.*each matches the fingerprint recorded when it was added/);
  }, 120_000);

  it('refuses a police pack of an exhibit whose stored copy no longer matches its SHA-256, and logs nothing', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const exhibit = Object.values(app.evidence)[0]!;
    const db = app.core.sessions.current()!.ws.db;
    db.prepare("UPDATE evidence SET sha256 = 'deadbeef' || substr(sha256, 9) WHERE id = ?").run(exhibit.id);
    const r = await app.call('police:pack', { caseId: app.caseId, force: 'Met', officer: 'PC 1', reference: 'R1', lawfulBasis: 'dpa-2018-sch2-para2', purpose: 'Detecting crime', evidenceIds: [exhibit.id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/no longer matches the fingerprint/) } });
    expect(await app.must('disclosure:list', { partyIds: [] })).toEqual([]);
  }, 60_000);
});
