import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase } from './setup';

/**
 * The redaction review's cache (issue 16, main/bundles/review/cache.ts): a review and the decisions after
 * it replay the texts the bundle's composition gave the redaction; a change to the case's record makes the
 * next review compose again, so what the change ends is no longer listed.
 */
const temp = useTempDirs();

describe('the redaction review’s cache', () => {
  it('lists a decision made since from the cache, and composes again once the record changes', async () => {
    const app = await bundleCase(temp());
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const target = { kind: 'bundle' as const, plan: sources.defaultPlan, lateAdditionsTo: null };
    const first = await app.must('redaction:review', { caseId: app.caseId, target });
    const one = first.items[0]!;
    await app.must('redaction:decide', { caseId: app.caseId, target, key: one.key, decision: 'accept' });

    // From the cache: the same passages, the decision shown.
    const again = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(again.items.map((i) => i.key)).toEqual(first.items.map((i) => i.key));
    expect(again.items.find((i) => i.key === one.key)?.decision?.kind).toBe('accept');
    expect(again.toReview).toBe(first.toReview - 1);

    // The record changes (the witness moved): his old address no longer identifies him, so it is no
    // longer listed; his name still is; the decision made stays.
    expect(again.items.some((i) => i.words.includes('6 Elm Road'))).toBe(true);
    const view = await app.must('case:get', { id: app.caseId });
    const w = view.parties.find((p) => p.role === 'witness')!;
    await app.must('party:update', { id: w.id, party: { key: 'w', role: 'witness', name: w.name, address: '8 Oak Road, London', postcode: 'N7 9ZZ' } });
    const changed = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(changed.items.some((i) => i.words.includes('6 Elm Road'))).toBe(false);
    expect(changed.items.some((i) => i.words === 'George Pike')).toBe(true);
    expect(changed.items.find((i) => i.key === one.key)?.decision?.kind ?? 'gone').toMatch(/accept|gone/);
  });
});
