import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTEXT } from '../../../main/documents/context-shape';
import { FieldMissing, lintEasyRead, prepareData, renderSection } from '../../../main/documents/template-engine';
import { defaultTemplate, defaultTemplates, validateTemplateText } from '../../../main/documents/templates';

const section = (text: string, firstLine = 10) => ({ text, firstLine });

describe('templates', () => {
  it('all nineteen defaults are valid (four for the ASB case review, issue 20: three letters and the case summary for the panel), with Easy Read where promised', () => {
    const all = defaultTemplates();
    expect(all.size).toBe(19);
    for (const t of all.values()) {
      expect(validateTemplateText(t.text, t.id, null), t.id).toEqual([]);
      expect(Boolean(t.easyRead), t.id).toBe(t.front.variants.includes('easy-read'));
    }
  });

  it('a missing or empty field is an error naming the field and the file line, never a blank', () => {
    const data = prepareData({ ...SAMPLE_CONTEXT, recipient: { name: 'Sam', address: '   ' } });
    expect(renderSection(section('Dear {{recipient.name}}'), data)).toBe('Dear Sam');
    expect(() => renderSection(section('Dear {{recipient.name}}\nYou live at {{recipient.address}}.'), data)).toThrow(FieldMissing);
    try {
      renderSection(section('Dear {{recipient.name}}\nYou live at {{recipient.address}}.'), data);
    } catch (e) {
      expect(e).toMatchObject({ field: 'recipient.address', line: 11 });
    }
    try {
      renderSection(section('a\nb\n{{#each (paragraphs recipient.address)}}{{this}}{{/each}}'), data);
    } catch (e) {
      expect(e).toMatchObject({ field: 'recipient.address', line: 12 });
    }
    // A guarded field simply does not appear.
    expect(renderSection(section('{{#if recipient.address}}at {{recipient.address}}{{else}}no address{{/if}}'), data)).toBe('no address');
  });

  it('refuses an unknown field, helper or block with its line, and protects Hearth’s own rules', () => {
    const base = defaultTemplate('first-warning')!;
    const lines = base.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Dear '));
    lines[at] = 'Dear {{recipient.nam}} {{shout recipient.name}}';
    const text = lines.join('\n').replace('recipient: subject', 'recipient: complainant');
    const problems = validateTemplateText(text, 'first-warning', base);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: text.split('\n').findIndex((l) => l.startsWith('recipient:')) + 1, message: expect.stringMatching(/"recipient" is one of Hearth's rules/) }),
        expect.objectContaining({ line: at + 1 }),
      ]),
    );
    expect(validateTemplateText(base.text.replace('id: first-warning', 'id: other'), 'first-warning', base)[0]?.message).toMatch(/must stay "first-warning"/);
    expect(validateTemplateText('no front matter', 'first-warning', base)).toEqual([{ line: 1, message: expect.stringMatching(/starts with a line "---"/) }]);
    expect(validateTemplateText(base.text.replace('[[signature]]', '[[signatur]]'), 'first-warning', base).map((p) => p.message).join(' ')).toMatch(/\[\[signatur\]\] is not a directive/);
  });

  it('keeps Easy Read to short sentences and no acronyms', () => {
    expect(lintEasyRead(section('This is short.\nThis sentence has far too many words in it to be easy for anyone to read at all.\nCall the ASB team.'))).toEqual([
      { line: 11, message: expect.stringMatching(/has 18 words/) },
      { line: 12, message: 'Easy Read: “ASB” looks like an acronym; write the words out.' },
    ]);
  });
});
