import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelText, wordsOf } from '../../../shared/documents/plain-text';
import type { TemplateChoice } from '../../../shared/schemas/documents';
import { useTempDirs } from '../../helpers/temp';
import { type CaseInStatus, richCaseIn, SLOTS } from './fixture';
import { checkDocxStructure } from '../../helpers/docx-structure';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { docxText, pdfFacts, pdfText, unzip } from './read-back';

/**
 * Every template, for a realistic case, in both formats and both sizes (and Easy Read where it has one):
 * each file is read back and checked — the words, the pages, the embedded fonts, the tagged structure,
 * the language, the title and the 100 % opening view. HEARTH_LETTERS_OUT=dir also writes them out to
 * look at (they are not committed).
 */
const temp = useTempDirs();
/** The one family both formats use: the DOCX names it, the PDF embeds it. */
const DOCUMENT_FONT = 'Noto Sans';
const OUT = process.env.HEARTH_LETTERS_OUT;

type Case = CaseInStatus;

/** The words of a model's text; a paragraph number "1." and a bullet are words as they appear. */
const expectSameWords = (actual: string, expected: string, what: string) => {
  const a = wordsOf(actual).join(' ');
  const e = wordsOf(expected).join(' ');
  expect(a, what).toBe(e);
};

const setUp = (status: 'open' | 'closure-proposed' | 'closed'): Promise<Case> => richCaseIn(temp(), status);

async function makeAll({ app, c }: Case, choice: TemplateChoice) {
  const r = choice.recipients[0]!;
  const variants: { largePrint: boolean; easyRead: boolean }[] = [
    { largePrint: false, easyRead: false },
    { largePrint: true, easyRead: false },
  ];
  if (choice.variants.includes('easy-read')) variants.push({ largePrint: false, easyRead: true });
  for (const v of variants) {
    const request = { caseId: c.id, templateId: choice.id, partyId: r.partyId, actionId: r.actionId, referralId: r.referralId, slots: SLOTS[choice.id] ?? {}, ...v };
    const preview = await app.must('document:preview', request);
    expect(preview.refusal, `${choice.id}: ${preview.refusal?.message}`).toBeNull();
    const doc = await app.must('document:generate', request);
    const { model } = await app.must('document:get', { id: doc.id });
    expect(model).toEqual(preview.model);
    const expected = modelText(model);
    const label = `${choice.id}${v.largePrint ? ' large print' : ''}${v.easyRead ? ' Easy Read' : ''}`;

    const pdf = await app.must('document:export', { id: doc.id, format: 'pdf' });
    const docx = await app.must('document:export', { id: doc.id, format: 'docx' });
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      const base = join(OUT, `${choice.id}${v.largePrint ? '-large' : ''}${v.easyRead ? '-easy' : ''}`);
      writeFileSync(`${base}.pdf`, pdf.bytes);
      writeFileSync(`${base}.docx`, docx.bytes);
    }

    // PDF: the same words as the model (the title is metadata, the footer repeats per page).
    const text = await pdfText(pdf.bytes);
    const facts = await pdfFacts(pdf.bytes);
    const footer = `${model.footer}`;
    const footerWords = new RegExp(wordsOf(footer).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    let body = text.pages.map((p) => p.replace(/Page \d+ of \d+/g, '').replace(footerWords, '')).join('\n');
    // A table's header row is repeated on each page it runs onto (marked as a pagination artifact).
    for (const b of model.blocks) {
      if (b.kind !== 'table' || !b.header) continue;
      const header = wordsOf(b.header.join(' ')).join(' ');
      const words = wordsOf(body).join(' ');
      const first = words.indexOf(header);
      body = first < 0 ? words : words.slice(0, first + header.length) + words.slice(first + header.length).split(` ${header} `).join(' ');
    }
    expectSameWords(body, expected.split('\n').slice(1).filter((l) => l !== footer).join('\n'), `${label}: PDF words`);
    expect(text.pages.length, label).toBe(facts.pageCount);
    text.pages.forEach((p, i) => expect(p, `${label} page ${i + 1}`).toContain(`Page ${i + 1} of ${facts.pageCount}`));
    expect(facts.fonts.length, label).toBeGreaterThan(0);
    expect(facts.fonts.every((f) => f.embedded && /NotoSans-(Regular|Bold)$/.test(f.name)), `${label}: fonts ${JSON.stringify(facts.fonts)}`).toBe(true);
    expect(facts.fonts.some((f) => /Oblique|Italic/.test(f.name)), `${label}: no italics`).toBe(false);
    expect(facts).toMatchObject({ marked: true, hasStructTreeRoot: true, lang: 'en-GB', displayDocTitle: true, title: model.title, openAction: { page: 0, mode: 'XYZ', zoom: 1 }, pdfUaPart: '1' });
    expect([...text.roles], label).toEqual(expect.arrayContaining(['H1', 'P']));
    if (v.largePrint) expect(Math.min(...text.sizes), `${label}: every line 16 pt or more`).toBeGreaterThanOrEqual(15.9);
    else expect(Math.min(...text.sizes.filter((s) => s > 9.5)), `${label}: body 12 pt or more`).toBeGreaterThanOrEqual(11.9);

    // The structure check (issue 19): what a screen reader needs, in both formats.
    expect(await checkPdfStructure(pdf.bytes), `${label}: PDF structure`).toEqual([]);
    expect(checkDocxStructure(unzip(docx.bytes), { lang: 'en-GB', font: DOCUMENT_FONT }), `${label}: DOCX structure`).toEqual([]);

    // DOCX: the same words, the title and language set, no italics, and its footer numbers its pages.
    const word = docxText(docx.bytes);
    expectSameWords(word.body, expected.split('\n').slice(1).filter((l) => l !== footer).join('\n'), `${label}: DOCX words`);
    expect(word.footers, label).toContain(footer);
    expect(word.xml, label).not.toMatch(/<w:i\/>|<w:i w:val="(true|1)"\/>/);
    expect(word.core, label).toContain(`<dc:title>${model.title.replace(/&/g, '&amp;')}</dc:title>`);
    expect(word.xml + word.core, label).toBeTruthy();
    if (v.largePrint) {
      const sizes = [...word.xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
      expect(Math.min(...sizes), `${label}: DOCX 16 pt and up`).toBeGreaterThanOrEqual(16);
    }
    expect(pdf.sha256).toBe(doc.files.find((f) => f.format === 'pdf')!.sha256);
  }
}

describe('every template, for a realistic case, read back from both formats', () => {
  let open: Case;
  let proposed: Case;
  let closed: Case;
  beforeAll(async () => {
    [open, proposed, closed] = await Promise.all([setUp('open'), setUp('closure-proposed'), setUp('closed')]);
  });

  it('offers each template only when the case fits it, and says why not', async () => {
    const choices = await open.app.must('document:templates', { caseId: open.c.id });
    const fits = Object.fromEntries(choices.map((t) => [t.id, t.fits ? true : t.reason]));
    expect(fits).toMatchObject({ acknowledgement: true, 'first-warning': true, 'abc-contract': true, 'witness-statement': true, closure: 'Only when the case is closure proposed or closed.', 'feedback-survey': 'Only when the case is closed.' });
    expect(choices.map((t) => t.id).sort()).toEqual(
      ['abc-breach', 'abc-contract', 'abc-review', 'acknowledgement', 'action-plan', 'agency-referral', 'area-letter', 'case-review-update', 'closure', 'feedback-survey', 'final-warning', 'first-warning', 'interview-invitation', 'officer-contact', 'witness-statement', 'case-review-acknowledgement', 'case-review-threshold', 'case-review-outcome', 'case-review-summary'].sort(),
    );
    expect(fits['case-review-outcome']).toBe('Needs an ASB case review application recorded on the case first.');
  });

  const OPEN = ['acknowledgement', 'officer-contact', 'interview-invitation', 'first-warning', 'final-warning', 'abc-contract', 'abc-review', 'abc-breach', 'action-plan', 'case-review-update', 'agency-referral', 'witness-statement'];
  it.each(OPEN)('%s', async (id) => {
    const choice = (await open.app.must('document:templates', { caseId: open.c.id })).find((t) => t.id === id)!;
    expect(choice.fits, choice.reason ?? '').toBe(true);
    await makeAll(open, choice);
  });

  it('closure (proposed), with appeal rights', async () => {
    const choice = (await proposed.app.must('document:templates', { caseId: proposed.c.id })).find((t) => t.id === 'closure')!;
    await makeAll(proposed, choice);
  });

  it('the ASB case review letters (issue 20): acknowledgement, threshold decision, outcome with its recommendations', async () => {
    const { app, c } = open;
    const { id: applicationId } = await app.must('casereview:apply', { caseId: c.id, applicantPartyId: c.complainant.id, receivedOn: '2026-11-21', receivedVia: 'council' });
    await app.must('casereview:decideThreshold', { caseId: c.id, applicationId, decidedOn: '2026-11-21', met: true, reason: 'Racist abuse and threats to burn her door: the harm is serious, whatever the count.' });
    await app.must('casereview:recordReview', { caseId: c.id, applicationId, leadBody: 'Islington Council', meetingOn: '2026-11-21', attendees: ['Council ASB lead', 'Police'], decision: 'The response has not been enough. The bodies agreed two further steps.' });
    await app.must('casereview:addRecommendation', { caseId: c.id, applicationId, ownerBody: 'Circle 33 Housing Trust', partnerOwned: true, what: 'Fit a door camera at Ms Haddad’s home', dueOn: '2026-12-05' });
    const choices = await app.must('document:templates', { caseId: c.id });
    for (const id of ['case-review-acknowledgement', 'case-review-threshold', 'case-review-outcome']) {
      const choice = choices.find((t) => t.id === id)!;
      expect(choice.fits, choice.reason ?? '').toBe(true);
      await makeAll(open, choice);
    }
    // The case summary for the panel names the witness: its passages are reviewed (accepted) first.
    const summary = choices.find((t) => t.id === 'case-review-summary')!;
    const request = { caseId: c.id, templateId: summary.id, partyId: null, actionId: null, referralId: null, slots: SLOTS[summary.id] ?? {} };
    for (const item of (await app.must('document:review', request)).items) await app.must('document:decide', { request, key: item.key, decision: 'accept' });
    await makeAll(open, summary);
  });

  it('closure (closed) and the feedback survey', async () => {
    const choices = await closed.app.must('document:templates', { caseId: closed.c.id });
    await makeAll(closed, choices.find((t) => t.id === 'closure')!);
    await makeAll(closed, choices.find((t) => t.id === 'feedback-survey')!);
  });
});
