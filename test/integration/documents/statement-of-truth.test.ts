import { expect, it } from 'vitest';
import { writePdf } from '../../../main/documents/pdf';
import type { DocumentModel } from '../../../shared/documents/model';
import { WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import { pdfText } from './read-back';

/**
 * Issue 15: the heading "Statement of truth" was left alone at the foot of a page with its words on the
 * next. Whatever the statement's length, the heading is on the page with its words and the signature.
 */
function statement(paragraphs: number): DocumentModel {
  return {
    title: 'Witness statement',
    lang: 'en-GB',
    author: 'Hearth',
    subject: 'Witness statement',
    layout: 'statement',
    variant: { largePrint: false, easyRead: false },
    fontSize: 12,
    lineSpacing: 1.5,
    marginsCm: { top: 3.5, right: 3.5, bottom: 3.5, left: 3.5 },
    letterhead: null,
    addressee: [],
    meta: [],
    corner: ['Claimant', 'A Haddad', 'Statement: 1st'],
    footer: 'Witness statement of Amira Haddad',
    blocks: [
      ...Array.from({ length: paragraphs }, (_, i) => ({ kind: 'paragraph' as const, number: i + 1, runs: [{ text: `What I saw on the landing, paragraph ${i + 1}, told at enough length to take two or three lines of the page.` }] })),
      { kind: 'heading', level: 2, runs: [{ text: 'Statement of truth' }] },
      { kind: 'paragraph', runs: [{ text: WITNESS_STATEMENT_OF_TRUTH }] },
      { kind: 'signature', label: 'Signed', lines: ['Amira Haddad'], signHere: true },
    ],
  } as DocumentModel;
}

it('keeps the statement of truth’s heading on the page with its words, whatever the length', async () => {
  for (let n = 4; n <= 22; n += 1) {
    const { pages } = await pdfText(await writePdf([statement(n)]));
    const at = pages.findIndex((p) => p.includes('Statement of truth'));
    expect(at, `${n} paragraphs`).toBeGreaterThanOrEqual(0);
    expect(pages[at]!.replace(/\s+/g, ' '), `${n} paragraphs: the heading is alone on page ${at + 1}`).toContain('I believe that the facts stated');
  }
}, 120_000);
