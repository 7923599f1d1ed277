import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { auditDetails } from '../../helpers/audit';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from './fixture';
import { pdfText } from './read-back';

/**
 * The redaction review of a letter (issue 16): a warning to the alleged perpetrator that would identify the
 * complainant or the witness is listed passage by passage with the guard's suggestion; it cannot be made
 * while any passage waits; once each is accepted, edited or reworded it is made with those words, and
 * what was written instead is checked again. A decision whose passage has gone is said to no longer apply.
 */
const temp = useTempDirs();

type Case = Awaited<ReturnType<typeof richCase>>;
const firstWarning = (c: Case, incidentsText: string) => ({ caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText } });

async function letterWords(app: Awaited<ReturnType<typeof makeWorkspace>>, id: number): Promise<string> {
  const pdf = await app.must('document:export', { id, format: 'pdf' });
  return (await pdfText(pdf.bytes)).pages.join(' ').replace(/\s+/g, ' ');
}

describe('the redaction review of a letter', () => {
  it('lists what identifies the complainant, refuses to make the letter until it is reviewed, then makes it with the suggestion', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const naming = firstWarning(c, 'On 19/11/2026 at 21:00 you told Amira Haddad that you would burn her door.');

    const preview = await app.must('document:preview', naming);
    expect(preview.refusal?.message).toMatch(/Review what identifies people/);
    const review = await app.must('document:review', naming);
    expect(review.toReview).toBe(1);
    expect(review.items[0]).toMatchObject({ words: 'Amira Haddad', person: 'Amira Haddad', role: 'complainant', detail: 'name', suggestion: 'a neighbour', decision: null });
    expect(review.items[0]!.place).toMatch(/paragraph \d+ \(under “What has been reported”\)/);
    expect(review.items[0]!.result).toContain('you told a neighbour that you would burn her door.');
    expect(await app.call('document:generate', naming)).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/Review what identifies people/) } });

    const decided = await app.must('document:decide', { request: naming, key: review.items[0]!.key, decision: 'accept' });
    expect(decided.toReview).toBe(0);
    expect(decided.items[0]!.decision).toMatchObject({ kind: 'accept', decidedBy: expect.any(String) });
    expect((await app.must('document:preview', naming)).refusal).toBeNull();
    const made = await app.must('document:generate', naming);
    const words = await letterWords(app, made.id);
    expect(words).toContain('you told a neighbour that you would burn her door');
    expect(words).not.toMatch(/Haddad/i);

    // The audit has the facts (kind, role), never the words.
    const details = await auditDetails(app, 'document:decide');
    expect(details).toHaveLength(1);
    expect(JSON.parse(details[0]!)).toMatchObject({ decision: 'accept', role: 'complainant', template: 'first-warning' });
    expect(details[0]).not.toMatch(/Haddad|neighbour|burn/);
  });

  it('checks an edit and a reword again, and makes the letter with the words written', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const naming = firstWarning(c, 'George Pike at number 6 heard you shouting. Mrs Haddad was frightened.');
    const review = await app.must('document:review', naming);
    const byWords = (w: string) => review.items.find((i) => i.words === w)!;
    expect(review.items.map((i) => i.words).sort()).toEqual(['George Pike', 'Mrs Haddad', 'number 6'].sort());
    expect(review.toReview).toBe(3);

    // A replacement that still identifies her is refused, with why; one that does not is kept.
    const mrs = byWords('Mrs Haddad');
    expect(await app.call('document:decide', { request: naming, key: mrs.key, decision: 'edit', text: 'Ms Haddad' })).toMatchObject({ ok: false, error: { code: 'guard', message: expect.stringMatching(/still gives the surname of Amira Haddad/) } });
    await app.must('document:decide', { request: naming, key: mrs.key, decision: 'edit', text: 'The person you shouted at' });

    // The witness's sentence reworded as a whole; a reword naming his flat is refused.
    const pike = byWords('George Pike');
    expect(await app.call('document:decide', { request: naming, key: pike.passageKey, decision: 'reword', text: 'Someone at 6 Elm Road heard you shouting.' })).toMatchObject({ ok: false, error: { code: 'guard' } });
    const after = await app.must('document:decide', { request: naming, key: pike.passageKey, decision: 'reword', text: 'A witness heard you shouting.' });
    expect(after.toReview).toBe(0);
    expect(after.items.filter((i) => i.passageKey === pike.passageKey).every((i) => i.decision?.kind === 'reword')).toBe(true);

    const made = await app.must('document:generate', naming);
    const words = await letterWords(app, made.id);
    expect(words).toContain('A witness heard you shouting. The person you shouted at was frightened.');
    expect(words).not.toMatch(/Pike|Haddad|number 6/i);
  });

  it('says which decisions no longer apply once the letter’s words change, clears them with the next decision, and keeps letters apart', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const before = firstWarning(c, 'You told Amira Haddad that you would burn her door.');
    const first = await app.must('document:review', before);
    await app.must('document:decide', { request: before, key: first.items[0]!.key, decision: 'accept' });

    // A decision on one letter is not another letter's: the final warning asks again.
    const final = { ...before, templateId: 'final-warning', actionId: c.final };
    const other = await app.call('document:review', final);
    if (other.ok) expect(other.value.items.every((i) => i.decision === null)).toBe(true);

    // The words changed: the old decision matches nothing and is listed as no longer applying.
    const changed = firstWarning(c, 'On Tuesday you told Amira Haddad that you would burn her door.');
    const again = await app.must('document:review', changed);
    expect(again.toReview).toBe(1);
    expect(again.stale).toHaveLength(1);
    expect(again.stale[0]).toMatchObject({ kind: 'accept', place: expect.stringMatching(/paragraph/) });
    const decided = await app.must('document:decide', { request: changed, key: again.items[0]!.key, decision: 'accept' });
    expect(decided.stale).toEqual([]);
    expect((await auditDetails(app, 'document:decide')).map((d) => (JSON.parse(d) as { cleared: number }).cleared).sort()).toEqual([0, 1]);
  });
});
