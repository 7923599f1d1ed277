import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportView } from '../../../shared/schemas/reports';
import { verifyChain } from '../../../main/security/audit';
import { jpeg } from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';
import { buildFixture, MANAGER, Q1, signInAs } from '../reports/fixture';
import { decryptedCopy, everyValue } from './plaintext';

const temp = useTempDirs();

/** Case D of the report fixture (EPIC, closed 10/06/2026) is anonymised six years on, when it falls due. */
const DUE_DAY = new Date('2032-06-11T09:00:00Z');

// What is known about Dee Dunn and her case, each distinctive enough to search the whole file for.
const PERSONAL = {
  name: 'Dunn',
  dateOfBirth: '1971-03-04',
  address: 'Quillfeather Lane',
  postcode: 'IP4 1AB',
  postcodeSquashed: 'IP41AB',
  phone: '07700 900777',
  email: 'dee.dunn@example.org',
  noteText: 'Zebedee Quorn',
  contactText: 'Marchbanks',
  evidenceText: 'Wrenfield',
};

/** A small JPEG whose comment segment (as a camera or phone writes one) holds text about the person. */
function jpegWithComment(text: string): Buffer {
  const image = jpeg(16, 16);
  const body = Buffer.from(text, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([image.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, body, image.subarray(2)]);
}

const strip = (r: ReportView) => ({ current: r.current, prior: r.prior, equality: r.equality });

async function caseDWithDetails(root: string) {
  const fx = await buildFixture(root);
  const { app, ids } = fx;
  const dee = (await app.must('case:get', { id: ids.D })).parties.find((p) => p.name === 'Dee Dunn')!;
  await app.must('party:update', {
    id: dee.id,
    party: { key: 'c1', role: 'complainant', name: 'Dee Dunn', dateOfBirth: PERSONAL.dateOfBirth, address: `17 ${PERSONAL.address}`, postcode: PERSONAL.postcode, phone: PERSONAL.phone, email: PERSONAL.email },
  });
  await app.must('note:add', { caseId: ids.D, text: `Dee Dunn says her brother ${PERSONAL.noteText} saw it.` });
  await app.must('contact:add', { caseId: ids.D, at: '2026-05-02T10:00:00Z', kind: 'call', partyId: dee.id, summary: `Spoke to Dee Dunn about the ${PERSONAL.contactText} family upstairs.` });
  await app.must('evidence:add', {
    caseId: ids.D,
    fileName: `dunn-door-${PERSONAL.evidenceText}.jpg`,
    source: 'Dee Dunn, by e-mail',
    obtainedOn: '2026-05-03',
    description: `Diary kept by Dee Dunn at 17 ${PERSONAL.address}`,
    bytes: new Uint8Array(jpegWithComment(`Photo by Dee Dunn, 17 ${PERSONAL.address}, ${PERSONAL.postcode}: the ${PERSONAL.evidenceText} flat's door.`)),
  });
  return fx;
}

function findings(values: { where: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { where, text } of values) {
    const lower = text.toLowerCase();
    for (const [what, needle] of Object.entries(PERSONAL)) if (lower.includes(needle.toLowerCase())) found.push(`${what} in ${where}`);
  }
  return found;
}

describe('anonymising a case on the real encrypted database', () => {
  it('leaves no personal datum of the person anywhere in the file, keeps the report’s figures, and the audit chain verifies', async () => {
    const root = temp();
    const { app, ids, refs } = await caseDWithDetails(root);
    app.now.value = DUE_DAY;
    await signInAs(app, MANAGER);
    const before = strip(await app.must('report:get', { filters: { ...Q1 } }));

    // Before: the details are there to be found (so the search below can find them).
    const ws = app.core.sessions.current()!.ws;
    const file = join(app.dir, 'hearth.db');
    expect(existsSync(file)).toBe(true);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const plainBefore = decryptedCopy(file, Buffer.from(ws.masterKey), temp());
    expect(findings(everyValue(plainBefore.db)).length).toBeGreaterThan(10);
    plainBefore.db.close();

    const review = await app.must('retention:review', {});
    const item = review.items.find((i) => i.ref === refs.D)!;
    expect(item).toMatchObject({ ruleId: 'closed-case', dueOn: '2032-06-10', triggerOn: '2026-06-10', hold: null });

    const out = await app.must('retention:dispose', { caseId: ids.D, method: 'anonymise', confirmRef: refs.D });
    expect(out).toMatchObject({ method: 'anonymise', spaceReclaimed: true });
    expect(out.rows).toBeGreaterThan(10);
    // The WAL was truncated after the disposal: its old frames held the old pages.
    expect(statSync(`${file}-wal`).size).toBe(0);

    // The monitoring report for the period, and the one before it, are unchanged figure for figure.
    const after = strip(await app.must('report:get', { filters: { ...Q1 } }));
    expect(after).toEqual(before);

    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const plain = decryptedCopy(file, Buffer.from(ws.masterKey), temp());
    // Every table, the FTS index's shadow tables included…
    expect(findings(everyValue(plain.db))).toEqual([]);
    // …and every byte of the decrypted file, free pages and slack space included.
    const raw = plain.bytes.toString('latin1').toLowerCase();
    for (const [what, needle] of Object.entries(PERSONAL)) expect(raw.includes(needle.toLowerCase()), `${what} is still in the file`).toBe(false);
    // FTS5 stores each term after the part it shares with the one before: look for the words' tails in its
    // segments, which hold a deleted row's terms until they are merged.
    const segments = Buffer.concat((plain.db.prepare('SELECT block FROM case_search_data').all() as { block: Buffer | null }[]).map((r) => r.block ?? Buffer.alloc(0))).toString('latin1');
    for (const word of ['quillfeather', 'zebedee', 'quorn', 'marchbanks', 'wrenfield']) expect(segments.includes(word.slice(2)), `${word} is still in the search index`).toBe(false);
    // The search index no longer finds her.
    expect((plain.db.prepare(`SELECT count(*) AS n FROM case_search WHERE case_search MATCH 'dunn'`).get() as { n: number }).n).toBe(0);
    // The tombstone says what, when, by whom and under which rule; nothing of the content.
    const tomb = plain.db.prepare('SELECT case_ref, method, rule_id, schedule, due_on, disposed_at, counts FROM disposals').all();
    expect(tomb).toEqual([{ case_ref: refs.D, method: 'anonymise', rule_id: 'closed-case', schedule: 'group-retention v1', due_on: '2032-06-10', disposed_at: DUE_DAY.toISOString(), counts: expect.stringContaining('"parties":2') }]);
    plain.db.close();

    // The audit log still verifies, and records the disposal as facts.
    expect(verifyChain(ws.db).ok).toBe(true);
    const event = ws.db.prepare("SELECT target, detail FROM audit_events WHERE action = 'retention:dispose' AND outcome = 'ok'").get() as { target: string; detail: string };
    expect(event.target).toBe(`case:${refs.D}`);
    expect(JSON.parse(event.detail)).toMatchObject({ method: 'anonymise', rule: 'closed-case', dueOn: '2032-06-10' });

    // The case no longer comes up for review, and a second disposal is refused.
    expect((await app.must('retention:review', {})).items.map((i) => i.ref)).not.toContain(refs.D);
    const again = await app.call('retention:dispose', { caseId: ids.D, method: 'delete', confirmRef: refs.D });
    expect(again.ok ? null : again.error.message).toMatch(/already anonymised/);
  }, 180_000);
});
