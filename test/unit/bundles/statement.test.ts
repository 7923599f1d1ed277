import { describe, expect, it } from 'vitest';
import type { BundleContent, StatementContent } from '../../../main/bundles/engine/content';
import { renderStatement } from '../../../main/bundles/engine/statement';
import { fontMetrics } from '../../../main/pdf/fonts';
import { markRuns } from '../../../main/bundles/statement-content';
import { bodyToBlocks, blocksToBody } from '../../../main/statements/body';
import { WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';

/** Issue 15: a finalised statement laid out (PD 32), in English or with its translation and certificate. */
const m = fontMetrics();
const para = (text: string) => ({ kind: 'para' as const, runs: [{ text }] });
function content(paras: number, translation: StatementContent['translation'] = null): BundleContent {
  const statement: StatementContent = {
    makerName: 'Amira Haddad',
    makerInitialsSurname: 'A Haddad',
    initials: 'AH',
    employer: 'Circle 33',
    ordinal: '1st',
    number: 1,
    date: '21/11/2026',
    exhibits: ['AH1'],
    blocks: Array.from({ length: paras }, (_, i) => para(`Paragraph ${i + 1} of what I saw on the landing, told in my own words and at some length so that it wraps over two lines.`)),
    howTaken: 'This statement was taken in a meeting through an interpreter in Arabic.',
    language: translation ? 'Arabic' : 'English',
    translation,
  };
  return { heading: { court: 'Clerkenwell', claimNumber: 'K00CL123', claimant: 'Circle 33', defendant: 'Darren Whitcombe', youthCourt: false }, statement } as unknown as BundleContent;
}
const pageTexts = (pages: ReturnType<typeof renderStatement>) => pages.map((p) => p.ops.map((o) => (o.t === 'text' ? o.text : '')).join(' '));

describe('a finalised statement in the bundle', () => {
  it('is titled by the witness’s name and number, says how it was taken, and keeps “Statement of truth” on the page with its words, whatever the length', () => {
    for (let n = 0; n <= 40; n += 1) {
      const texts = pageTexts(renderStatement(m, content(n)));
      expect(texts[0]).toContain('FIRST WITNESS STATEMENT OF AMIRA HADDAD');
      const page = texts.findIndex((t) => t.includes('Statement of truth'));
      expect(page, `${n} paragraphs`).toBeGreaterThanOrEqual(0);
      expect(texts[page], `${n} paragraphs: the heading is alone at the foot of page ${page + 1}`).toContain('I believe that the facts stated');
      expect(texts.join(' ')).toContain('through an interpreter in Arabic');
    }
  });

  it('in another language: the original with the statement of truth in that language, the English translation headed with its date, then the translator’s certificate', () => {
    const truth = 'أعتقد أن الوقائع الواردة في هذا البيان صحيحة.';
    const pages = renderStatement(m, content(3, { blocks: [para('I saw him on the landing.')], translatorName: 'Sami Nasser', translatedOn: '22/11/2026', certificate: 'I, Sami Nasser, certify that this is a true translation.', truthInLanguage: truth }));
    const texts = pageTexts(pages);
    const all = texts.join('\n');
    expect(all).toContain('Made in Arabic');
    expect(all).toContain(truth);
    const translated = texts.findIndex((t) => t.includes('ENGLISH TRANSLATION: FIRST WITNESS STATEMENT OF AMIRA HADDAD'));
    expect(translated).toBeGreaterThan(0);
    expect(texts[translated]).toContain('Translation dated 22/11/2026');
    expect(texts.slice(translated).join(' ').replace(/\s+/g, ' ')).toContain(WITNESS_STATEMENT_OF_TRUTH.slice(0, 60));
    expect(texts.at(-1)).toContain('TRANSLATOR’S CERTIFICATE');
    expect(texts.at(-1)).toContain('I, Sami Nasser, certify that this is a true translation.');
    expect(texts.at(-1)).toContain('Dated: 22/11/2026');
  });
});

describe('a statement’s words', () => {
  it('round-trips headings and paragraphs and bolds each exhibit mark', () => {
    const body = '## Introduction\n\nI am Ada.\n\n## Exhibits\nI produce the photo marked ‘AL1’ and AL12.';
    expect(blocksToBody(bodyToBlocks(body))).toBe('## Introduction\n\nI am Ada.\n\n## Exhibits\n\nI produce the photo marked ‘AL1’ and AL12.');
    expect(markRuns('I produce the photo marked ‘AL1’ and AL12, not XAL1.', ['AL1', 'AL12'])).toEqual([
      { text: 'I produce the photo marked ' },
      { text: '‘AL1’', bold: true },
      { text: ' and ' },
      { text: 'AL12', bold: true },
      { text: ', not XAL1.' },
    ]);
  });
});
