import type { DocumentModel } from '../../../shared/documents/model';

/**
 * A one-page letter model in the shape the template engine makes, for tests of the PDF and DOCX writers: the
 * caller passes only what its test is about (the letterhead, the address, the blocks).
 */
export function sampleLetterModel(about: Pick<DocumentModel, 'title' | 'letterhead' | 'addressee' | 'blocks'>): DocumentModel {
  return {
    lang: 'en-GB',
    author: 'Circle 33 Housing Trust',
    subject: 'A sample',
    layout: 'letter',
    variant: { largePrint: false, easyRead: false },
    fontSize: 12,
    lineSpacing: 1.3,
    marginsCm: { top: 2, right: 2.2, bottom: 2.2, left: 2.5 },
    meta: [{ label: 'Date', value: '4 December 2026' }],
    corner: [],
    footer: 'Circle 33 Housing Trust · C33-2026-0001',
    ...about,
  };
}
