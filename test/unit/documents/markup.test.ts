import { describe, expect, it } from 'vitest';
import { escapeMarkup, MarkupError, parseMarkup } from '../../../shared/documents/markup';

describe('the template markup', () => {
  it('reads headings, paragraphs, lists, numbered paragraphs, tables, boxes and alignment', () => {
    const blocks = parseMarkup(
      [
        '# Title',
        'First line',
        'joins the paragraph with **bold**.',
        '',
        '- one',
        '  continues one',
        '- two',
        '',
        '1. first',
        '2. second',
        '',
        '+ numbered',
        '+ again',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '::: box',
        'Boxed.',
        ':::',
        '::: center',
        'Line 1',
        'Line 2',
        ':::',
        '[[sig: Jo]]',
      ].join('\n'),
      { sig: (arg) => [{ kind: 'signature', lines: [arg], signHere: true }] },
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, runs: [{ text: 'Title' }] },
      { kind: 'paragraph', runs: [{ text: 'First line joins the paragraph with ' }, { text: 'bold', bold: true }, { text: '.' }] },
      { kind: 'list', ordered: false, items: [[{ text: 'one continues one' }], [{ text: 'two' }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
      { kind: 'paragraph', runs: [{ text: 'numbered' }], number: 1 },
      { kind: 'paragraph', runs: [{ text: 'again' }], number: 2 },
      { kind: 'table', header: ['A', 'B'], rows: [[[{ text: '1' }], [{ text: '2' }]]], borders: true },
      { kind: 'box', blocks: [{ kind: 'paragraph', runs: [{ text: 'Boxed.' }] }] },
      { kind: 'paragraph', runs: [{ text: 'Line 1' }], align: 'center' },
      { kind: 'paragraph', runs: [{ text: 'Line 2' }], align: 'center' },
      { kind: 'signature', lines: ['Jo'], signHere: true },
    ]);
  });

  it('never lets a value become structure: escaped text stays literal', () => {
    const value = '# Not a heading\n- not a list\n**not bold** | not a cell [[not-a-directive]]\n1. not numbered\n::: box';
    const blocks = parseMarkup(`Before ${escapeMarkup(value)}`, {});
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: `Before # Not a heading - not a list **not bold** | not a cell [[not-a-directive]] 1. not numbered ::: box` }] }]);
  });

  it('says which line is wrong', () => {
    expect(() => parseMarkup('ok\n[[nope]]', {})).toThrow(MarkupError);
    expect(() => parseMarkup('ok\n[[nope]]', {})).toThrow(/\[\[nope\]\] is not a directive/);
    try {
      parseMarkup('a\n\n::: box\ntext', {});
    } catch (e) {
      expect(e).toMatchObject({ line: 3, message: expect.stringMatching(/never closed/) });
    }
  });
});
