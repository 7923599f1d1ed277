import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { allText } from '../../bundle-checker/check';
import { addUser, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { PARTNER } from '../documents/fixture';
import { buildDefault, LEGAL, PROPER_INJUNCTION, type BundleCase } from './setup';

/**
 * Issue 16, end to end: three parties of one block share the postcode N1 1AA; the witness, who gave no
 * consent, lives at Flat 6 of the respondent's block and has a phone. The officer's record says "George
 * Pike from Flat 6" and "at number 6". The warning letters to the respondent go into the bundle (the
 * postcode on them is the respondent's own), the complainant's consented statement is accepted, and no
 * "Flat 6", "number 6", the witness's name or phone is anywhere in the built PDF, read by pdf.js and by
 * pdftotext, page by page.
 */
const temp = useTempDirs();

const WITNESS_PHONE = '07700 900456';

async function blockCase(root: string): Promise<BundleCase & { letters: number[] }> {
  const app = await makeWorkspace(root);
  await app.must('partners:save', { ...PARTNER, homes: 12000 });
  await addUser(app, { username: LEGAL.username, displayName: LEGAL.displayName, role: 'legal', passphrase: LEGAL.passphrase });
  const created = await app.must('case:create', {
    partner: 'C33',
    receivedAt: '2026-11-20T16:30:00Z',
    method: 'phone',
    category: 'harassment',
    summary: 'Door kicked and threats on the landing of Marlowe Court.',
    location: { address: 'Marlowe Court', estate: 'Marlowe Estate', postcode: 'N1 1AA' },
    flags: ['violence-or-threat'],
    motivation: [],
    perceivedAsHate: false,
    risk: { level: 'high', notes: '' },
    anonymousReport: false,
    parties: [
      { key: 'a', role: 'complainant', name: 'Amira Haddad', tenure: 'assured', address: 'Flat 4, Marlowe Court, London', postcode: 'N1 1AA', phone: '07700 900123' },
      { key: 'w', role: 'witness', name: 'George Pike', address: 'Flat 6, Marlowe Court, London', postcode: 'N1 1AA', phone: WITNESS_PHONE },
      { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', dateOfBirth: '1985-04-04', address: 'Flat 2, Marlowe Court, London', postcode: 'N1 1AA' },
    ],
    incidents: [
      { occurredAt: '2026-11-19T21:00:00Z', description: 'Darren Whitcombe kicked the complainant’s door and shouted threats. George Pike from Flat 6 heard it and came out of his flat.', acts: ['verbal-abuse', 'threat-of-violence'], reportedByKey: 'a' },
      { occurredAt: '2026-11-20T20:00:00Z', description: 'Shouting on the landing again. Her neighbour Mr Pike at number 6 heard it; he can be rung on 07700900456.', acts: ['verbal-abuse'], reportedByKey: 'a' },
    ],
    consents: [],
  } as ChannelInput<'case:create'>);
  const view = await app.must('case:get', { id: created.id });
  const by = (role: string) => view.parties.find((p) => p.role === role)!;
  const [complainant, perp] = [by('complainant'), by('alleged-perpetrator')];
  await app.must('consent:add', { caseId: created.id, partyId: complainant.id, consent: { recipient: 'court', purpose: 'The injunction hearing', writtenOn: '2026-11-20', source: 'Signed form' } });
  await app.must('confirmation:add', { caseId: created.id, partyId: perp.id, basis: 'independent-witness', detail: 'A neighbour heard it', on: '2026-11-20' });
  const first = await app.must('action:create', { caseId: created.id, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Kicking a neighbour’s door and shouting threats' } });
  const letters: number[] = [];
  const warning = await app.must('document:generate', { caseId: created.id, templateId: 'first-warning', partyId: perp.id, actionId: first.id, slots: { incidentsText: 'On 19/11/2026 at about 21:00 you kicked a neighbour’s front door at Marlowe Court and shouted threats.' } });
  letters.push(warning.id);
  await app.must('interview:agreement', { caseId: created.id, basis: 'agreed', givenOn: '2026-11-20' }); // P4.9
  const invite = await app.must('document:generate', { caseId: created.id, templateId: 'interview-invitation', partyId: perp.id, slots: { when: 'Tuesday 1 December 2026 at 10:00', bring: 'anything you want us to see' } });
  letters.push(invite.id);
  // Correspondence in a bundle is what was sent (issue 17: made letters are ready until recorded as sent).
  for (const id of letters) await app.must('document:recordSent', { id, how: 'first-class', at: app.now.value.toISOString() });
  const inj = await app.must('action:create', {
    caseId: created.id,
    subjectPartyId: perp.id,
    startedOn: '2026-11-21',
    details: {
      kind: 'civil-injunction',
      ...PROPER_INJUNCTION,
      terms: [{ kind: 'prohibition', text: 'using or threatening violence against anyone living at Marlowe Court', powerOfArrest: true, arrestGround: 'violence' }],
      court: 'Clerkenwell and Shoreditch',
      claimNumber: 'K00CL456',
    },
  } as ChannelInput<'action:create'>);
  await app.must('action:addEvent', { actionId: inj.id, kind: 'hearing', at: '2026-11-21T09:00:00Z', summary: 'Listed', nextHearingAt: '2026-12-03T10:00:00Z' });
  const statement = await app.must('document:generate', {
    caseId: created.id,
    templateId: 'witness-statement',
    partyId: complainant.id,
    slots: { occupation: 'Retail assistant', statement: 'I live at Flat 4, Marlowe Court, London N1 1AA.\n\nOn 19/11/2026 at about 21:00 my neighbour kicked my door and said he would hurt me. I called the police.', exhibits: '' },
  });
  letters.push(statement.id);
  await app.must('case:update', { id: created.id, legalReferred: true });
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
  return { ...app, caseId: created.id, ref: created.ref, evidence: {}, letters };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
const FORBIDDEN = [/flat\s*6\b/i, /flat\s+six/i, /number\s*6\b/i, /\bno\.?\s*6\b/i, /george/i, /pike\b/i, /07700\s*900\s*456/, /07700900456/];

describe('indirect identifiers in a bundle (issue 16)', () => {
  it('copies the warning letters and the consented statement; no flat number, name or phone of the withheld witness anywhere in the PDF', async () => {
    const app = await blockCase(temp());
    // Only a finalised statement goes into a bundle (issue 15): the officer signs theirs first.
    const proposed = await app.must('statement:propose', { caseId: app.caseId });
    const saved = await app.must('statement:save', { caseId: app.caseId, body: proposed.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: proposed.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
    await app.must('statement:finalise', { caseId: app.caseId, statementId: saved.id, signedOn: '2026-11-21' });
    const { pdf, sources, detail } = await buildDefault(app);

    // Over-blocking: the shared postcode no longer keeps the letters and the statement out.
    for (const id of app.letters) {
      const c = sources.candidates.find((x) => x.key === `d:${id}`)!;
      expect(c, `document ${id}`).toMatchObject({ usable: true, problem: null });
    }
    const planned = sources.defaultPlan.sections.flatMap((s) => s.items);
    for (const id of app.letters) expect(planned).toContain(`d:${id}`);

    // Leaks: read with pdf.js (pages, bookmarks, metadata) and with pdftotext, every page.
    const jsText = squash(await allText(pdf.bytes));
    const file = join(temp(), 'bundle.pdf');
    writeFileSync(file, pdf.bytes);
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
    expect(detail.summary.pageCount).not.toBeNull();
    expect(pages).toHaveLength(detail.summary.pageCount!);
    for (const re of FORBIDDEN) {
      expect(jsText, `pdf.js finds ${re}`).not.toMatch(re);
      pages.forEach((p, i) => expect(squash(p), `pdftotext finds ${re} on page ${i + 1}`).not.toMatch(re));
    }

    // What the record said, as the court reads it.
    expect(jsText).toContain('Witness A from [address withheld] heard it and came out of his flat');
    expect(jsText).toMatch(/Her neighbour Witness A at \[address withheld\] heard it; he can be rung on \[phone number withheld\]/);
    expect(jsText).toContain('Darren Whitcombe'); // the respondent is named, with his own address and postcode
    expect(jsText).toMatch(/Flat 2, Marlowe Court, London, N1 1AA/);
    expect(jsText).toContain('Amira Haddad'); // her consent covers the court
    expect(jsText).toContain('First written warning');
    expect(jsText).not.toContain('Not copied into the bundle: it identifies someone withheld from the court');

    // The cover says, in plain words, what was withheld and how their evidence still reaches the court.
    const cover = squash(pages[0]!);
    expect(cover).toContain('Witness A has not given written consent for the court to learn who they are');
    expect(cover).toMatch(/Witness A’s name is replaced by “Witness A”, and their address, flat or house number and phone number are left out and shown as “\[… withheld\]”/);
    expect(cover).toMatch(/given as hearsay in the witness statement of .+ \(tab B1\), and a hearsay notice is at tab B\d+ \(CPR 33\.2\)/);
  });
});
