import { describe, expect, it } from 'vitest';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { acceptRedactions, bundleCase, buildDefault, LEGAL } from '../bundles/setup';
import { acceptSarRedactions, sarFixture } from './fixture';

/**
 * Issue 21 item 3 with issue 16's review: a subject access pack's third-party passages are reviewed
 * before it is made, as a bundle's are (sar:review, sar:redact); the pack is refused while any waits; what
 * a user writes instead is checked by the guard; an exempt item's passages need no review; and the
 * request's decisions are its own: a bundle's decisions on the same case decide nothing in the pack.
 */
const temp = useTempDirs();

async function chosenRequest(app: TestApp) {
  const r = await app.must('sar:record', { kind: 'access', partner: 'C33', name: 'Amira Haddad', dateOfBirth: '1980-02-01', receivedOn: '2026-11-21', identityMethod: 'Passport seen at the office', identityCheckedOn: '2026-11-21' });
  const her = (await app.must('sar:find', { id: r.id })).people[0]!;
  await app.must('sar:choose', { id: r.id, partyIds: her.records.map((x) => x.partyId) });
  return r;
}

describe('the redaction review of a subject access pack', () => {
  it('lists each third-party passage, refuses the pack until each is decided, checks what is written instead, and uses it', async () => {
    const app = await makeWorkspace(temp());
    const f = await sarFixture(app);
    const r = await chosenRequest(app);

    const review = await app.must('sar:review', { id: r.id });
    expect(review.items.length).toBeGreaterThan(3);
    expect(review.toReview).toBe(review.items.length);
    // The reviewer sees who each passage is about (their partner's own record); the pack will not.
    expect(review.withheld).toEqual(expect.arrayContaining(['George Pike (a witness)', 'Darren Whitcombe (another person)']));
    expect(review.items.map((i) => i.place)).toEqual(expect.arrayContaining([`notes of ${f.rich.ref}`, `incidents of ${f.second.ref}`]));

    const refused = await app.call('sar:pack', { id: r.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/passages of the pack identify someone other than the requester and have not been reviewed \(in .*notes of/) } });
    expect(await app.must('disclosure:list', { partyIds: [f.rich.complainant.id] })).not.toContainEqual(expect.objectContaining({ kind: 'sar-pack' }));

    // In the note: "Amira Haddad rang: George Pike saw Darren Whitcombe at her door again."
    const pike = review.items.find((i) => i.place === `notes of ${f.rich.ref}` && i.words === 'George Pike')!;
    expect(pike.suggestion).toBe('a witness');
    const naming = await app.call('sar:redact', { id: r.id, key: pike.key, decision: 'edit', text: 'Mr Whitcombe' });
    expect(naming).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/still gives the .* of a third party/) } });
    const edited = await app.must('sar:redact', { id: r.id, key: pike.key, decision: 'edit', text: 'a neighbour who saw it' });
    expect(edited.items.find((i) => i.key === pike.key)!.decision).toMatchObject({ kind: 'edit', text: 'a neighbour who saw it', decidedBy: 'Ada Lovelace' });
    expect(edited.toReview).toBe(review.toReview - 1);

    const done = await acceptSarRedactions(app, r.id);
    expect(done.toReview).toBe(0);
    const text = pdfText((await app.must('sar:pack', { id: r.id })).bytes, 1, 99).replace(/\s+/g, ' ');
    expect(text).toContain('Amira Haddad rang: a neighbour who saw it saw another person at her door again.');
    expect(text).not.toContain('George Pike');
  });

  it('needs no review of a passage only in an exempt item', async () => {
    const app = await makeWorkspace(temp());
    const f = await sarFixture(app);
    const r = await chosenRequest(app);
    const place = `notes of ${f.rich.ref}`;
    expect((await app.must('sar:review', { id: r.id })).items.some((i) => i.place === place)).toBe(true);
    await app.must('sar:exempt', { id: r.id, itemKey: `note:${f.noteAboutHer}`, exemption: 'crime-taxation', reason: 'Police investigation of the threats is under way' });
    const review = await app.must('sar:review', { id: r.id });
    expect(review.items.some((i) => i.place === place)).toBe(false);
    await acceptSarRedactions(app, r.id);
    expect((await app.must('sar:pack', { id: r.id })).mediaType).toBe('application/pdf');
  });

  it('keeps its decisions apart from a court bundle’s on the same case, both ways', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    const built = await buildDefault(app);
    const target = { kind: 'bundle' as const, plan: built.plan, lateAdditionsTo: null, lateMode: 'append' as const };
    const bundleBefore = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(bundleBefore.items.length).toBeGreaterThan(0);
    expect(bundleBefore.toReview).toBe(0);
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const amira = (await app.must('case:get', { id: app.caseId })).parties.find((p) => p.role === 'complainant')!;
    const sar = await app.must('sar:record', { kind: 'access', partner: 'C33', name: amira.name, dateOfBirth: amira.dateOfBirth, receivedOn: '2026-11-21', identityMethod: 'Passport seen', identityCheckedOn: '2026-11-21' });
    await app.must('sar:choose', { id: sar.id, partyIds: (await app.must('sar:find', { id: sar.id })).people[0]!.records.map((x) => x.partyId) });

    // Every passage the bundle's review decided is still undecided for the pack.
    const fresh = await app.must('sar:review', { id: sar.id });
    expect(fresh.items.length).toBeGreaterThan(0);
    expect(fresh.toReview).toBe(fresh.items.length);
    expect(fresh.stale).toEqual([]);
    // And deciding the pack's leaves the bundle's review as it was, nothing in it stale.
    await acceptSarRedactions(app, sar.id);
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    const bundleAfter = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(bundleAfter.items.map((i) => [i.key, i.decision?.kind])).toEqual(bundleBefore.items.map((i) => [i.key, i.decision?.kind]));
    expect(bundleAfter.stale).toEqual([]);
    expect((await acceptRedactions(app, app.caseId, built.plan)).toReview).toBe(0);
  });
});
