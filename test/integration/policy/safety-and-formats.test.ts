import { describe, expect, it } from 'vitest';
import { modelPieces, wordsOf } from '../../../shared/documents/plain-text';
import { makeWorkspace } from '../../helpers/core';
import { raceHateIntake } from '../../helpers/cases';
import { useTempDirs } from '../../helpers/temp';
import { richCase, SLOTS } from '../documents/fixture';
import { pdfText } from '../documents/read-back';

const temp = useTempDirs();

describe('P3.17: safety measures offered or fitted (issue 18 item 7)', () => {
  it('records measures with the crime-prevention liaison, shows them on the case and counts those fitted in the costs', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const complainant = (await app.must('case:get', { id: c.id })).parties.find((p) => p.role === 'complainant')!;
    await app.must('safety:add', { caseId: c.id, partyId: complainant.id, kind: 'sanctuary', status: 'offered', on: '2026-11-20', liaison: 'PC Jane Doyle, crime prevention design adviser' });
    await app.must('safety:add', { caseId: c.id, partyId: complainant.id, kind: 'letterbox', status: 'fitted', on: '2026-11-21', costPence: 18500, provider: 'Sanctuary Locks Ltd', liaison: 'PC Jane Doyle, crime prevention design adviser' });
    await app.must('cost:add', { caseId: c.id, incurredOn: '2026-11-21', kind: 'repair-cleanup', amountPence: 4000, description: 'Graffiti removed' });
    expect(await app.call('safety:add', { caseId: c.id, kind: 'cctv', status: 'fitted', on: '2099-01-01' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/in the future/) } });

    const casework = await app.must('casework:get', { caseId: c.id });
    expect(casework.safetyMeasures.map((m) => [m.kind, m.status, m.partyName, m.liaison])).toEqual([
      ['sanctuary', 'offered', 'Amira Haddad', 'PC Jane Doyle, crime prevention design adviser'],
      ['letterbox', 'fitted', 'Amira Haddad', 'PC Jane Doyle, crime prevention design adviser'],
    ]);
    const titles = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(titles).toContain('Safety measure (P3.17) fitted or done: Fire-proof letterbox — Amira Haddad');

    const costs = (await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } })).current.costs;
    // The offer costs nothing yet; the fitted letterbox (£185) is counted with the £40 repair.
    expect(costs.totalPence).toBe(22500);
    expect(costs.byKind.find((k) => k.code === 'safety-measures')).toMatchObject({ entries: 1, cases: 1, pence: 18500 });
  });
});

describe('P8.3: other formats (issue 18 item 11)', () => {
  it('makes a plain-text copy of a letter, structured for Braille or a screen reader, saying what the PDF says', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id, slots: SLOTS['action-plan'] ?? {} });
    const plain = await app.must('document:plainText', { id: doc.id });
    expect(plain.fileName).toMatch(/\(plain text\)\.txt$/);
    const text = plain.text;
    // Headings are marked, the address and the reference come first, labelled; no layout tables or bullets.
    expect(text).toMatch(/^From: Circle 33 Housing Trust\n/);
    expect(text).toMatch(/\n\nTo:\nAmira Haddad\n4 Elm Road/);
    expect(text).toMatch(/\n\n# .+\n\n/);
    expect(text).toMatch(/\n## /);
    expect(text).not.toMatch(/[│┃|•\t]/);
    // Every piece of the stored letter (the model the PDF and Word files were written from, which the
    // documents tests read back from both) is in the plain text word for word, in the same order.
    const { model } = await app.must('document:get', { id: doc.id });
    const plainWords = wordsOf(text.replace(/^#+ |^- |^\d+\. /gm, '')).join(' ');
    let from = 0;
    for (const piece of modelPieces(model).filter((p) => !p.place.includes('table'))) {
      const words = wordsOf(piece.text.replace(/^• /, '').replace(/^\d+\. /, '')).join(' ');
      const found = plainWords.indexOf(words, from);
      expect(found, `${piece.place}: ${piece.text}`).toBeGreaterThanOrEqual(0);
      from = found;
    }
    // The PDF's words are all there too (its layout differs: letterhead and reference side by side).
    const bare = (t: string) => wordsOf(t).map((w) => w.replace(/[;:,.]+$/, ''));
    const pdfWords = new Set(bare((await pdfText((await app.must('document:export', { id: doc.id, format: 'pdf' })).bytes)).pages.join(' ')));
    const plainSet = new Set(bare(text));
    expect([...pdfWords].filter((w) => !plainSet.has(w) && !/^(Page|\d+|of)$/.test(w))).toEqual([]);
  });

  it('records each format actually sent, in the chronology and the reports; a translation needs its language', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'action-plan', partyId: c.complainant.id, slots: SLOTS['action-plan'] ?? {} });
    expect(await app.call('document:recordFormat', { documentId: doc.id, format: 'translation', producedBy: 'Language Line', sentOn: '2026-11-21' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/language of the translation/) } });
    await app.must('document:recordFormat', { documentId: doc.id, format: 'translation', language: 'Arabic', producedBy: 'Language Line', sentOn: '2026-11-21' });
    await app.must('document:recordFormat', { documentId: doc.id, format: 'braille', producedBy: 'RNIB transcription service', sentOn: '2026-11-21' });
    const sent = (await app.must('casework:get', { caseId: c.id })).formatsSent;
    expect(sent.map((f) => [f.format, f.language, f.producedBy])).toEqual([
      ['translation', 'Arabic', 'Language Line'],
      ['braille', '', 'RNIB transcription service'],
    ]);
    const titles = (await app.must('case:get', { id: c.id })).chronology.map((i) => i.title);
    expect(titles.some((t) => /sent in translation \(Arabic\) \(P8\.3\)$/.test(t))).toBe(true);
    expect(titles.some((t) => /sent in braille \(P8\.3\)$/.test(t))).toBe(true);
    const formats = (await app.must('report:get', { filters: { from: '2026-11-01', to: '2026-11-30' } })).current.support.formatsSent;
    expect(formats.filter((f) => f.n > 0).map((f) => [f.code, f.n])).toEqual([
      ['braille', 1],
      ['translation', 1],
    ]);
  });
});
