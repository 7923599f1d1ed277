import { describe, expect, it } from 'vitest';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase, send, SLOTS } from './fixture';

/**
 * Issue 17 item 10: a made letter is *ready* and meets nothing; it is *sent* when someone records how and
 * when, and the due item it serves is met at that time; returned post withdraws what it met, so the due
 * item is open again (overdue once its time has passed), and the chronology shows both.
 */
const temp = useTempDirs();

const acknowledge = async (app: TestApp, caseId: number) => (await app.must('deadline:forCase', { caseId })).find((i) => i.ruleId === 'acknowledge')!;
const officerContact = async (app: TestApp, caseId: number) => (await app.must('deadline:forCase', { caseId })).find((i) => i.ruleId === 'officer-contact')!;

describe('sending a made letter', () => {
  it('leaves the due item open while the letter is only made, and meets it at the time it was sent', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app); // received 20/11/2026 16:30; acknowledge within 24 hours
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(doc).toMatchObject({ state: 'ready', sending: null, sentOn: null });
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'pending', metAt: null });

    // Made but never sent: the deadline passes and the item is overdue, whatever exists on file.
    app.now.value = new Date('2026-11-21T17:00:00Z');
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'breached', metAt: null });

    // Sent in time (recorded later): met at the time it went, not when it was made or recorded.
    const sent = await send(app, doc, '2026-11-21T15:10:00Z', 'hand');
    expect(sent).toMatchObject({ state: 'sent', sentOn: '2026-11-21', sending: { how: 'hand', at: '2026-11-21T15:10:00.000Z', by: 'Ada Lovelace' } });
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'met-on-time', metAt: '2026-11-21T15:10:00.000Z' });
  });

  it('meets the item late when the letter went after its deadline', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    app.now.value = new Date('2026-11-23T10:00:00Z');
    await send(app, doc, '2026-11-23T09:30:00Z', 'second-class');
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'met-late', metAt: '2026-11-23T09:30:00.000Z' });
  });

  it('refuses a time in the future, before the letter was made, a second sending, and "other" without saying how', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    const future = await app.call('document:recordSent', { id: doc.id, how: 'first-class', at: '2026-11-21T09:30:00Z' });
    expect(future).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/in the future/) } });
    const early = await app.call('document:recordSent', { id: doc.id, how: 'first-class', at: '2026-11-21T08:59:59Z' });
    expect(early).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/before the letter was made \(21\/11\/2026 09:00\)/) } });
    const other = await app.call('document:recordSent', { id: doc.id, how: 'other', at: '2026-11-21T09:00:00Z' });
    expect(other).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'pending' });

    await app.must('document:recordSent', { id: doc.id, how: 'other', howDetail: 'Given to her support worker', at: '2026-11-21T09:00:00Z' });
    const again = await app.call('document:recordSent', { id: doc.id, how: 'first-class', at: '2026-11-21T09:00:00Z' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already recorded as sent on 21\/11\/2026 09:00/) } });
    expect((await app.must('document:get', { id: doc.id })).document.sending).toMatchObject({ how: 'other', howDetail: 'Given to her support worker' });
  });

  it('takes a time typed to the minute in which the letter was made', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    app.now.value = new Date('2026-11-21T09:00:40Z');
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(await send(app, doc, '2026-11-21T09:00:00Z')).toMatchObject({ state: 'sent', sending: { at: '2026-11-21T09:00:00.000Z' } });
  });

  it('re-opens what a returned letter met: the acknowledgement and the contact are due again, overdue once past', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const ack = await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id }));
    const contact = await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'officer-contact', partyId: c.complainant.id }));
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'met-on-time' });
    expect(await officerContact(app, c.id)).toMatchObject({ state: 'met-on-time' });

    const unsent = await app.call('document:recordReturned', { id: (await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id })).id, returnedOn: '2026-11-21', reason: 'Gone away' });
    expect(unsent).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/not been recorded as sent/) } });

    app.now.value = new Date('2026-11-24T10:00:00Z');
    const back = await app.must('document:recordReturned', { id: ack.id, returnedOn: '2026-11-24', reason: 'Addressee gone away' });
    expect(back).toMatchObject({ state: 'returned', returned: { on: '2026-11-24', reason: 'Addressee gone away', by: 'Ada Lovelace' } });
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'breached', metAt: null });
    expect(await officerContact(app, c.id)).toMatchObject({ state: 'met-on-time' });

    await app.must('document:recordReturned', { id: contact.id, returnedOn: '2026-11-24', reason: 'Not known at this address' });
    expect((await officerContact(app, c.id)).state).not.toMatch(/^met/);

    // Both stay on record: the letters, their sending and their return are in the chronology.
    const chronology = (await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'document');
    const entry = chronology.find((i) => i.id === ack.id)!;
    expect(entry.title).toMatch(/returned post/i);
    expect(entry.detail).toMatch(/Sent 21\/11\/2026 09:00 by first class post/);
    expect(entry.detail).toMatch(/Returned 24\/11\/2026: Addressee gone away/);
    const fact = (await app.must('case:get', { id: c.id })).chronology.find((i) => i.kind === 'deadline' && i.detail.includes(`(document ${ack.id})`))!;
    expect(fact.detail).toMatch(/The letter came back \(returned post, 24\/11\/2026\): this no longer counts\./);

    // A new acknowledgement, sent, meets it again (late: the first one never arrived).
    await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id }));
    expect(await acknowledge(app, c.id)).toMatchObject({ state: 'met-late', metAt: '2026-11-24T10:00:00.000Z' });
  });

  it('refuses a return dated before the letter went or in the future', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await send(app, await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id }));
    expect(await app.call('document:recordReturned', { id: doc.id, returnedOn: '2026-11-20', reason: 'Gone away' })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/before it was sent/) } });
    expect(await app.call('document:recordReturned', { id: doc.id, returnedOn: '2026-11-22', reason: 'Gone away' })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/in the future/) } });
  });
});

describe('letters made but not sent, on the dashboard', () => {
  it('lists them oldest first in the officer’s own view and the team’s, until each is recorded as sent', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app); // owned by Jo Baptiste, an officer
    const ack = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    app.now.value = new Date('2026-11-21T10:00:00Z');
    const contact = await app.must('document:generate', { caseId: c.id, templateId: 'officer-contact', partyId: c.complainant.id });
    // A statement for the court is never "not sent": it goes into a bundle.
    const statement = await app.must('document:generate', { caseId: c.id, templateId: 'witness-statement', partyId: null, slots: SLOTS['witness-statement'] });
    const entries = (await app.must('case:get', { id: c.id })).chronology.filter((i) => i.kind === 'document');
    expect(entries.find((i) => i.id === ack.id)?.detail).toMatch(/Ready to send: not yet recorded as sent/);
    expect(entries.find((i) => i.id === statement.id)?.detail).not.toMatch(/Ready to send/);

    const team = await app.must('document:unsent', { scope: 'team' });
    expect(team).toMatchObject({ total: 2, offset: 0 });
    expect(team.letters.map((l) => l.documentId)).toEqual([ack.id, contact.id]);
    expect(team.letters[0]).toMatchObject({ caseId: c.id, ref: c.ref, recipient: 'Amira Haddad', count: 1, createdBy: 'Ada Lovelace', ownerName: 'Jo Baptiste', restricted: false });
    // The admin owns no case: their own view is empty; the officer filter finds Jo's.
    expect((await app.must('document:unsent', { scope: 'mine' })).total).toBe(0);
    expect((await app.must('document:unsent', { scope: 'team', officer: c.officer.id })).total).toBe(2);
    expect((await app.must('document:unsent', { scope: 'team', officer: 'unassigned' })).total).toBe(0);
    expect((await app.must('document:unsent', { scope: 'team', limit: 1, offset: 1 })).letters.map((l) => l.documentId)).toEqual([contact.id]);

    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'jo', passphrase: 'river stone lantern' });
    expect((await app.must('document:unsent', { scope: 'mine' })).letters.map((l) => l.documentId)).toEqual([ack.id, contact.id]);
    await send(app, ack);
    expect((await app.must('document:unsent', { scope: 'mine' })).letters.map((l) => l.documentId)).toEqual([contact.id]);
  });

  it('leaves out who a letter on a restricted case goes to', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    await app.must('case:restrict', { id: c.id, restricted: true, reason: 'A member of staff is a party to this case.' });
    expect((await app.must('document:unsent', { scope: 'team' })).letters).toEqual([expect.objectContaining({ ref: c.ref, restricted: true, recipient: '' })]);
  });
});
