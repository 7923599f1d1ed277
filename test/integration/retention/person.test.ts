import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { ReportView } from '../../../shared/schemas/reports';
import { verifyChain } from '../../../main/security/audit';
import { jpeg } from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';
import { buildFixture, MANAGER, Q1, signInAs } from '../reports/fixture';
import { decryptedCopy, everyValue } from './plaintext';

const temp = useTempDirs();

/**
 * Anonymising one person across every case they are on (issue 21), on the real encrypted database. The
 * report fixture's case D (EPIC, closed) gets Wilhelmina Quarrington as its complainant, with her brother
 * Osric Quarrington (same surname, his own home) on it too; a second EPIC case, closed, has her as a witness
 * under the same date of birth and an older address. Afterwards nothing of hers is left in any table, the
 * search index or any byte of the file; Osric and everyone else are as they were; the report's figures are
 * unchanged; the audit chain verifies.
 */
const HER = {
  name: 'Wilhelmina Quarrington',
  dateOfBirth: '1968-07-14',
  address: '9 Thistlecombe Row',
  postcode: 'IP4 7ZX',
  phone: '07700 900123',
  email: 'wq@example.org',
  oldAddress: 'Flat 3, Brackenwhistle House',
};
// Each distinctive enough to search the whole file for ("Quarrington" stays: it is Osric's name too).
const NEEDLES = ['Wilhelmina', 'Thistlecombe', 'Brackenwhistle', 'IP4 7ZX', 'IP47ZX', '07700 900123', '07700900123', 'wq@example.org', '1968-07-14', '14/07/1968', '14 July 1968'];

const strip = (r: ReportView) => ({ current: r.current, prior: r.prior, equality: r.equality });

function jpegWithComment(text: string): Buffer {
  const image = jpeg(16, 16);
  const body = Buffer.from(text, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([image.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, body, image.subarray(2)]);
}

const found = (values: { where: string; text: string }[]) =>
  values.flatMap(({ where, text }) => NEEDLES.filter((n) => text.toLowerCase().includes(n.toLowerCase())).map((n) => `${n} in ${where}`));

async function fixtureWithHer(root: string) {
  const fx = await buildFixture(root);
  const { app, ids } = fx;
  const d = (await app.must('case:get', { id: ids.D })).parties;
  const dee = d.find((p) => p.name === 'Dee Dunn')!;
  const dan = d.find((p) => p.name === 'Dan Dunn')!;
  await app.must('party:update', { id: dee.id, party: { key: 'c1', role: 'complainant', name: HER.name, dateOfBirth: HER.dateOfBirth, address: HER.address, postcode: HER.postcode, phone: HER.phone, email: HER.email } });
  await app.must('party:update', { id: dan.id, party: { key: 'c2', role: 'complainant', name: 'Osric Quarrington', address: '40 Hollyhock Close', postcode: 'IP1 2AA', phone: '07700 900555' } });
  await app.must('note:add', { caseId: ids.D, text: `${HER.name} says her brother Osric Quarrington saw it; Mrs Quarrington was born 14 July 1968.` });
  await app.must('contact:add', { caseId: ids.D, at: '2026-05-02T10:00:00Z', kind: 'call', partyId: dee.id, summary: `Wilhelmina rang from ${HER.phone} about ${HER.address}; e-mail ${HER.email}.` });
  await app.must('evidence:add', {
    caseId: ids.D,
    fileName: 'door.jpg',
    source: 'The complainant, by e-mail',
    obtainedOn: '2026-05-03',
    description: 'Photograph of the front door',
    bytes: new Uint8Array(jpegWithComment(`Photo by ${HER.name}, ${HER.address}, ${HER.postcode}`)),
  });

  // A second case, closed: she is a witness there, at her old address.
  const intake: ChannelInput<'case:create'> = {
    partner: 'EPIC',
    receivedAt: '2026-05-10T10:00:00Z',
    method: 'phone',
    category: 'asb',
    location: { address: '2 Test Street', estate: '', postcode: 'IP4 3CC' },
    motivation: [],
    perceivedAsHate: false,
    parties: [
      { key: 'c1', role: 'complainant', name: 'Ruth Neighbour' },
      { key: 'w1', role: 'witness', name: HER.name, dateOfBirth: HER.dateOfBirth, address: HER.oldAddress, postcode: 'IP4 9QQ' },
    ],
    incidents: [{ occurredAt: '2026-05-09T20:00:00Z', description: `Loud music; the witness W. Quarrington at ${HER.oldAddress} heard it too.`, acts: ['nuisance'] }],
    linkToCaseIds: [],
  };
  const other = await app.must('case:create', intake);
  await app.must('note:add', { caseId: other.id, text: `Ruth Neighbour and Wilhelmina Quarrington (born 14/07/1968) both complained.` });
  // Her own witness statement: its maker's name and initials (which mark its exhibits) are hers.
  const witness = (await app.must('case:get', { id: other.id })).parties.find((p) => p.role === 'witness')!;
  await app.must('statement:save', { caseId: other.id, maker: { kind: 'party', partyId: witness.id }, body: `I, ${HER.name}, of ${HER.oldAddress}, heard loud music on 9 May 2026.`, howTaken: 'Written by the witness.' });
  await app.must('closure:propose', { caseId: other.id, outcome: 'resolved', reason: 'No further incidents reported.' });
  await app.must('closure:discuss', { caseId: other.id, at: '2026-06-20T10:00:00Z', kind: 'call', summary: 'Agreed the case can close.' });
  await app.must('closure:offerAppeal', { caseId: other.id, offeredOn: '2026-06-20' });
  await app.must('closure:close', { caseId: other.id, at: '2026-06-20T10:00:00Z' });
  return { ...fx, herId: dee.id, osricId: dan.id, other };
}

describe('anonymising a person across all their cases', () => {
  it('finds every case they are on, refuses while a hold covers them, then leaves nothing of them and touches no one else', async () => {
    const root = temp();
    const { app, ids, refs, herId, other } = await fixtureWithHer(root);
    await signInAs(app, MANAGER);
    const ws = app.core.sessions.current()!.ws;
    const reportBefore = strip(await app.must('report:get', { filters: { ...Q1 } }));
    const othersBefore = ws.db.prepare(`SELECT * FROM parties WHERE name <> ? ORDER BY id`).all(HER.name);

    // Who she is and where she appears: both cases, as complainant and as witness.
    const view = await app.must('retention:person', { partyId: herId });
    expect(view.records.map((r) => [r.caseRef, r.role])).toEqual([
      [refs.D, 'complainant'],
      [other.ref, 'witness'],
    ]);
    expect(view.refusals).toEqual([]);

    // Someone on a case still open is refused, and told why.
    const onOpen = (await app.must('case:get', { id: ids.E })).parties[0]!;
    expect((await app.must('retention:person', { partyId: onOpen.id })).refusals).toEqual([expect.stringMatching(new RegExp(`^Refused: ${refs.E} is still open\\.`))]);
    const open = await app.call('retention:anonymisePerson', { partyId: onOpen.id, confirmName: onOpen.name, basis: 'retention' });
    expect(open.ok ? null : open.error.code).toBe('guard');

    // A hold on her, on the other case's record, refuses it, and says which hold.
    const witness = view.records.find((r) => r.role === 'witness')!;
    const hold = await app.must('hold:place', { caseId: other.id, partyId: witness.partyId, kind: 'complaint', reason: 'Ombudsman complaint about the handling.' });
    const held = await app.call('retention:anonymisePerson', { partyId: herId, confirmName: HER.name, basis: 'erasure-request' });
    expect(held.ok ? null : held.error.message).toMatch(new RegExp(`Refused: ${other.ref} is under legal hold on this person placed \\d\\d/\\d\\d/2026 by Nia Manager for complaint`));
    await app.must('hold:lift', { caseId: other.id, id: hold.id, reason: 'Complaint closed.' });
    // The name typed back must match.
    const typo = await app.call('retention:anonymisePerson', { partyId: herId, confirmName: 'Wilhelmina', basis: 'erasure-request' });
    expect(typo.ok ? null : typo.error.code).toBe('bad-input');

    const file = join(app.dir, 'hearth.db');
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const plainBefore = decryptedCopy(file, Buffer.from(ws.masterKey), temp());
    expect(found(everyValue(plainBefore.db)).length).toBeGreaterThan(10);
    plainBefore.db.close();

    const out = await app.must('retention:anonymisePerson', { partyId: herId, confirmName: 'wilhelmina quarrington', basis: 'erasure-request' });
    expect(out).toMatchObject({ cases: [refs.D, other.ref], records: 2, spaceReclaimed: true });
    expect(out.filesRemoved).toBeGreaterThan(0);

    // Nothing of hers in any table, the search index's tables included, nor in any byte of the file.
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const plain = decryptedCopy(file, Buffer.from(ws.masterKey), temp());
    expect(found(everyValue(plain.db))).toEqual([]);
    const raw = plain.bytes.toString('latin1').toLowerCase();
    for (const n of NEEDLES) expect(raw.includes(n.toLowerCase()), `${n} is still in the file`).toBe(false);
    expect((plain.db.prepare(`SELECT count(*) AS n FROM case_search WHERE case_search MATCH 'wilhelmina OR thistlecombe OR brackenwhistle'`).get() as { n: number }).n).toBe(0);

    // Her brother and everyone else: their records as they were, his name still in the note and the index.
    expect(plain.db.prepare(`SELECT * FROM parties WHERE id NOT IN (?, ?) ORDER BY id`).all(herId, witness.partyId)).toEqual(othersBefore);
    const note = plain.db.prepare('SELECT text FROM notes WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(ids.D) as { text: string };
    expect(note.text).toBe('[anonymised] says her brother Osric Quarrington saw it; [anonymised] was born [anonymised].');
    expect((plain.db.prepare(`SELECT count(*) AS n FROM case_search WHERE case_search MATCH 'osric'`).get() as { n: number }).n).toBe(1);
    const incident = plain.db.prepare('SELECT description FROM incidents WHERE case_id = ?').get(other.id) as { description: string };
    expect(incident.description).toBe('Loud music; the witness W. [anonymised] at [anonymised] heard it too.');
    expect(plain.db.prepare('SELECT maker_name, initials FROM witness_statements WHERE case_id = ?').all(other.id)).toEqual([{ maker_name: '[anonymised]', initials: '[anonymised]' }]);
    // The exhibit's record stays (its number, date and hash); its file, which named her, is gone.
    expect(plain.db.prepare('SELECT count(*) AS n FROM evidence WHERE case_id = ?').get(ids.D)).toEqual({ n: 1 });
    expect(plain.db.prepare('SELECT count(*) AS n FROM evidence_chunks WHERE evidence_id IN (SELECT id FROM evidence WHERE case_id = ?)').get(ids.D)).toEqual({ n: 0 });

    // One tombstone for her, one per case; no content.
    expect(plain.db.prepare('SELECT basis, cases, records FROM person_anonymisations').all()).toEqual([{ basis: 'erasure-request', cases: 2, records: 2 }]);
    expect(plain.db.prepare('SELECT case_ref, roles FROM person_anonymisation_cases ORDER BY id').all()).toEqual([
      { case_ref: refs.D, roles: '["complainant"]' },
      { case_ref: other.ref, roles: '["witness"]' },
    ]);
    plain.db.close();

    // The monitoring figures are unchanged; the cases are not disposed of (they still come up for review later).
    expect(strip(await app.must('report:get', { filters: { ...Q1 } }))).toEqual(reportBefore);
    expect(ws.db.prepare('SELECT count(*) AS n FROM disposals').get()).toEqual({ n: 0 });

    // Audited, with the references and counts, never the name; the chain verifies.
    expect(verifyChain(ws.db).ok).toBe(true);
    const event = ws.db.prepare("SELECT detail FROM audit_events WHERE action = 'retention:anonymisePerson' AND outcome = 'ok'").get() as { detail: string };
    expect(JSON.parse(event.detail)).toMatchObject({ basis: 'erasure-request', cases: `${refs.D} ${other.ref}`, records: 2 });
    expect(event.detail).not.toMatch(/wilhelmina/i);

    // Done once: the record is already anonymised.
    const again = await app.call('retention:person', { partyId: herId });
    expect(again.ok ? null : again.error.message).toMatch(/already been anonymised/);
  }, 240_000);
});
