import { describe, expect, it } from 'vitest';
import { accessibleText } from '../../../shared/documents/accessible-text';
import type { DocumentModel } from '../../../shared/documents/model';

const model: DocumentModel = {
  title: 'Your action plan: C33-2026-0001',
  lang: 'en-GB',
  author: 'Jo Baptiste',
  subject: 'Action plan',
  layout: 'letter',
  variant: { largePrint: false, easyRead: false },
  fontSize: 12,
  lineSpacing: 1.2,
  marginsCm: { top: 2, right: 2, bottom: 2, left: 2 },
  letterhead: { name: 'Circle 33 Housing Trust', lines: ['Circle House, 1 Reading Road, London N7 8QX'] },
  addressee: ['Amira Haddad', '4 Elm Road', 'London N1 1AA'],
  meta: [
    { label: 'Date', value: '21 November 2026' },
    { label: 'Our reference', value: 'C33-2026-0001' },
  ],
  corner: [],
  footer: 'Circle 33 Housing Trust',
  blocks: [
    { kind: 'box', blocks: [{ kind: 'paragraph', runs: [{ text: 'We can send this letter in Braille, audio or another language.' }] }] },
    { kind: 'heading', level: 1, runs: [{ text: 'Your action plan' }] },
    { kind: 'paragraph', runs: [{ text: 'Dear ' }, { text: 'Ms Haddad', bold: true }, { text: ',' }] },
    { kind: 'heading', level: 2, runs: [{ text: 'What we will do' }] },
    { kind: 'table', header: ['Who', 'What', 'By'], rows: [[[{ text: 'Jo Baptiste' }], [{ text: 'Fit a fire-proof letterbox' }], [{ text: '28/11/2026' }]]], borders: true },
    { kind: 'list', ordered: false, items: [[{ text: 'Keep the diary sheets' }], [{ text: 'Call 999 in an emergency' }]] },
    { kind: 'page-break' },
    { kind: 'signature', lines: ['Jo Baptiste', 'Neighbourhood Officer'], signHere: false },
  ],
};

describe('a letter as plain text for Braille transcription or a screen reader (P8.3)', () => {
  it('marks headings, keeps lists as lists, turns table rows into labelled items and labels who it is from and to', () => {
    expect(accessibleText(model)).toBe(
      [
        'From: Circle 33 Housing Trust\nCircle House, 1 Reading Road, London N7 8QX',
        'To:\nAmira Haddad\n4 Elm Road\nLondon N1 1AA',
        'Date: 21 November 2026\nOur reference: C33-2026-0001',
        '# Your action plan: C33-2026-0001',
        'Important:',
        'We can send this letter in Braille, audio or another language.',
        '## Your action plan',
        'Dear Ms Haddad,',
        '### What we will do',
        '- Who: Jo Baptiste; What: Fit a fire-proof letterbox; By: 28/11/2026',
        '- Keep the diary sheets\n- Call 999 in an emergency',
        'Jo Baptiste\nNeighbourhood Officer',
        'Circle 33 Housing Trust',
      ].join('\n\n') + '\n',
    );
  });
});
