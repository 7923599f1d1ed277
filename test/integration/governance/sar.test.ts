import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { acceptSarRedactions, sarFixture, THIRD_PARTY_IDENTIFIERS, type SarFixture } from './fixture';

/**
 * Issue 21 item 3: a subject access request found on every case, assembled into a tagged PDF with an
 * index, with every third party's identity taken out (read back with poppler's pdftotext, which shares no
 * code with Hearth), exemptions applied per item, and the pack logged as a disclosure.
 */
const temp = useTempDirs();

async function request(app: TestApp, extra: Partial<{ dateOfBirth: string | null; address: string }> = {}) {
  return app.must('sar:record', { kind: 'access', partner: 'C33', name: 'Amira Haddad', receivedOn: '2026-11-21', identityMethod: 'Passport seen at the office', identityCheckedOn: '2026-11-21', ...extra });
}

async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  const roles = new Set<string>();
  const walk = (node: { role?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.add(node.role);
    for (const child of node.children ?? []) walk(child as never);
  };
  for (let i = 1; i <= doc.numPages; i += 1) walk((await (await doc.getPage(i)).getStructTree()) as never);
  const markInfo = await doc.getMarkInfo();
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const pages = doc.numPages;
  await doc.destroy();
  return { roles, markInfo, outline, pages };
}

/** Every item of her own data, listed by hand from the fixture. */
function expectedKeys(f: SarFixture): string[] {
  return [
    `details:${f.rich.complainant.id}`,
    `case:${f.rich.id}`,
    'incident:1',
    'incident:2',
    `consent:${f.consentId}`,
    `referral:${f.rich.referralWithConsent}`,
    `referral:${f.rich.referralJustified}`,
    `contact:${f.contactWithHer}`,
    `letter:${f.letterId}`,
    `note:${f.noteAboutHer}`,
    `details:${f.second.amiraId}`,
    `case:${f.second.id}`,
    'incident:4', // the second case's incident that names her; not incident 3, which does not
  ];
}

describe('a subject access request', () => {
  it('is due one calendar month from the day identity was confirmed, moved to a working day, and extendable once by two months', async () => {
    const app = await makeWorkspace(temp());
    await sarFixture(app);
    // Received Saturday 31/10/2026 with identity confirmed that day: 30/11 has no 31st, so the last day of November (Monday 30th).
    app.now.value = new Date('2026-11-21T09:00:00Z');
    const r = await app.must('sar:record', { kind: 'access', partner: 'C33', name: 'Amira Haddad', receivedOn: '2026-10-31', identityMethod: 'Passport', identityCheckedOn: '2026-10-31' });
    expect(r.dueOn).toBe('2026-11-30');
    // Identity confirmed later: the clock starts then. 21/11 → 21/12 (a Monday).
    expect((await request(app)).dueOn).toBe('2026-12-21');
    // Identity confirmed 28/11/2026 → 28/12/2026, the Boxing Day substitute bank holiday: the next working day, 29/12.
    app.now.value = new Date('2026-11-28T09:00:00Z');
    expect((await app.must('sar:record', { kind: 'access', partner: 'C33', name: 'X Y', receivedOn: '2026-11-27', identityMethod: 'Passport', identityCheckedOn: '2026-11-28' })).dueOn).toBe('2026-12-29');
    const extended = await app.must('sar:extend', { id: r.id, reason: 'Records on three cases and two partners' });
    expect(extended.dueOn).toBe('2027-02-01'); // 31/01/2027 is a Sunday
    expect(await app.call('sar:extend', { id: r.id, reason: 'Again' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/extended once/) } });
    expect(await app.call('sar:record', { kind: 'access', partner: 'C33', name: 'Amira Haddad', receivedOn: '2026-11-21', identityMethod: ' ', identityCheckedOn: '2026-11-21' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    // Within a week of 30/11 it is due soon; after it, overdue.
    expect((await app.must('sar:list', { open: true })).find((x) => x.id === r.id)?.urgency).toBe('on-time'); // extended to 01/02/2027
    const plain = await app.must('sar:record', { kind: 'access', partner: 'C33', name: 'Z Z', receivedOn: '2026-11-02', identityMethod: 'Passport', identityCheckedOn: '2026-11-02' });
    expect(plain.dueOn).toBe('2026-12-02');
    expect(plain.urgency).toBe('due-soon');
    app.now.value = new Date('2026-12-03T09:00:00Z');
    expect((await app.must('sar:list', { open: true })).find((x) => x.id === plain.id)?.urgency).toBe('overdue');
  });

  it('shows two people for one name, with the evidence for each, and takes only the records found', async () => {
    const app = await makeWorkspace(temp());
    const f = await sarFixture(app);
    const r = await request(app);
    const found = await app.must('sar:find', { id: r.id });
    expect(found.people).toHaveLength(2);
    const [her, namesake] = found.people;
    expect(her!.records.map((x) => x.partyId).sort()).toEqual([f.rich.complainant.id, f.second.amiraId].sort());
    expect(her!.evidence).toMatch(/born 01\/02\/1980/);
    expect(namesake!.records.map((x) => x.partyId)).toEqual([f.other.amiraId]);
    expect(namesake!.evidence).toMatch(/born 15\/07\/1992.*30 Oak Lane/);
    // With her date of birth given, the namesake (another date of birth) is not a candidate at all.
    const precise = await request(app, { dateOfBirth: '1980-02-01' });
    expect((await app.must('sar:find', { id: precise.id })).people).toHaveLength(1);
    // A record the search did not find cannot be chosen.
    expect(await app.call('sar:choose', { id: precise.id, partyIds: [f.rich.perp.id] })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    // Nothing can be packed before the person is chosen.
    expect(await app.call('sar:items', { id: r.id })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Choose who the requester is/) } });
  });

  it('holds every record about her, and no third party’s identity, in a tagged PDF with an index; logged as a disclosure', async () => {
    const app = await makeWorkspace(temp());
    const f = await sarFixture(app);
    const r = await request(app);
    const her = (await app.must('sar:find', { id: r.id })).people[0]!;
    await app.must('sar:choose', { id: r.id, partyIds: her.records.map((x) => x.partyId) });

    const { items } = await app.must('sar:items', { id: r.id });
    const own = items.filter((i) => !i.key.startsWith('disclosure:')).map((i) => i.key);
    expect(own.sort()).toEqual(expectedKeys(f).sort());
    // What was shared about her: the letter sent and the two referrals (Art. 15(1)(c)).
    expect(items.filter((i) => i.key.startsWith('disclosure:')).map((i) => i.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Letter sent/), expect.stringMatching(/^Agency referral: Referral to Victim support/), expect.stringMatching(/^Agency referral: Referral to Police/)]),
    );
    expect(items.find((i) => i.key === 'incident:1')!.redactions).toBeGreaterThan(0);

    await acceptSarRedactions(app, r.id);
    const pack = await app.must('sar:pack', { id: r.id });
    expect(pack.mediaType).toBe('application/pdf');
    const pdf = await readPdf(pack.bytes);
    expect(pdf.markInfo).toMatchObject({ Marked: true });
    for (const role of ['Document', 'H1', 'H2', 'P']) expect(pdf.roles, role).toContain(role);
    expect(pdf.outline).toContain('Index');
    const text = pdfText(pack.bytes, 1, pdf.pages).replace(/\s+/g, ' ');
    expect(text).toMatch(/Index/);
    expect(text).toMatch(/1\. Your details: Your details on case .* — page \d+/);
    // Her own data, in full.
    for (const mine of ['Amira Haddad', '01/02/1980', '4 Elm Road', '07700 900123', 'amira.haddad@example.org', 'Ameera Haddad', 'Victim Support Islington', 'Please contact Ms Haddad']) expect(text, mine).toContain(mine);
    // No one else's identity.
    for (const theirs of THIRD_PARTY_IDENTIFIERS) expect(text, theirs).not.toContain(theirs);
    expect(text).toContain('a witness');

    const log = await app.must('disclosure:list', { partyIds: [f.rich.complainant.id] });
    expect(log[0]).toMatchObject({ kind: 'sar-pack', recipient: 'Amira Haddad (the requester)', lawfulBasis: expect.stringMatching(/Art\. 15/), approvedBy: 'Ada Lovelace' });
    expect(log[0]!.people.map((p) => p.partyId).sort()).toEqual([f.rich.complainant.id, f.second.amiraId].sort());
  });

  it('leaves out an exempt item, listing it in the index with its exemption; an exemption needs a reason', async () => {
    const app = await makeWorkspace(temp());
    const f = await sarFixture(app);
    const r = await request(app);
    const her = (await app.must('sar:find', { id: r.id })).people[0]!;
    await app.must('sar:choose', { id: r.id, partyIds: her.records.map((x) => x.partyId) });
    expect(await app.call('sar:exempt', { id: r.id, itemKey: `note:${f.noteAboutHer}`, exemption: 'crime-taxation', reason: '' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const after = await app.must('sar:exempt', { id: r.id, itemKey: `note:${f.noteAboutHer}`, exemption: 'crime-taxation', reason: 'Police investigation of the threats is under way' });
    expect(after.items.find((i) => i.key === `note:${f.noteAboutHer}`)).toMatchObject({ exemption: 'crime-taxation', reason: 'Police investigation of the threats is under way' });
    await acceptSarRedactions(app, r.id);
    const text = pdfText((await app.must('sar:pack', { id: r.id })).bytes, 1, 99).replace(/\s+/g, ' ');
    expect(text).not.toContain('rang:');
    expect(text).toMatch(/Withheld: Notes .* Crime and taxation/);
  });

  it('records a rectification or erasure request with its decision, and the reason for refusing', async () => {
    const app = await makeWorkspace(temp());
    await sarFixture(app);
    const r = await app.must('sar:record', { kind: 'erasure', partner: 'C33', name: 'Amira Haddad', details: 'Delete my complaint', receivedOn: '2026-11-21', identityMethod: 'Known to the officer', identityCheckedOn: '2026-11-21' });
    expect(await app.call('sar:pack', { id: r.id })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await app.call('sar:decide', { id: r.id, decision: 'refused' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const done = await app.must('sar:decide', { id: r.id, decision: 'refused', reason: 'Kept to defend legal claims (Art. 17(3)(e)): an injunction is live.' });
    expect(done).toMatchObject({ status: 'done', decision: 'refused', urgency: 'done', doneOn: '2026-11-21' });
    expect(await app.must('sar:list', { open: true })).toHaveLength(0);
  });
});
