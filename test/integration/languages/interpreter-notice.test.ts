import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUser, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';
import { pdfText } from '../documents/read-back';

/**
 * The interpreter notice in the reader's language (issue 19 §3): the words from
 * shared/languages/interpreter-notices.json, in a font that has their script, embedded; Arabic set right to
 * left and extracted in logical order (pdftotext reads /ActualText); a character no font has refuses the
 * make step by name instead of vanishing.
 */
const temp = useTempDirs();

async function letterIn(app: TestApp, c: Awaited<ReturnType<typeof richCase>>, language: string) {
  await app.must('party:update', {
    id: c.complainant.id,
    party: { key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road, London', postcode: 'N1 1AA', formatNeeds: { largePrint: false, easyRead: false, interpreter: language, signer: false, braille: false, audio: false } },
  });
  const letter = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
  return Buffer.from((await app.must('document:export', { id: letter.id, format: 'pdf' })).bytes);
}

/** pdftotext (poppler), as an officer's PDF reader would copy the text out. */
function extracted(dir: string, pdf: Buffer): string {
  const file = join(dir, 'letter.pdf');
  writeFileSync(file, pdf);
  // Without poppler's embedding marks (U+202A–U+202E), with spaces made plain.
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ');
}

/** Where to leave PNGs of the first page for a person to look at (HEARTH_SHOTS=folder), else nowhere. */
function shot(pdf: Buffer, name: string) {
  const out = process.env.HEARTH_SHOTS;
  if (!out) return;
  mkdirSync(out, { recursive: true });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, join(out, name)]);
}

describe('the interpreter notice in the reader’s language', () => {
  it('prints the Arabic words right to left in Noto Sans Arabic, and they extract in logical order with the number intact', async () => {
    const dir = temp();
    const app = await makeWorkspace(dir);
    const c = await richCase(app);
    const pdf = await letterIn(app, c, 'Arabic');
    shot(pdf, 'notice-arabic');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Bold/);
    // pdf.js reads the content as written: the whole notice in logical order, the number forwards (pdf.js
    // infers spaces from gaps, which it does not do leftwards, so they are compared without spaces; the
    // pdftotext check below has them).
    const read = (await pdfText(pdf)).pages[0]!.replace(/\s+/g, '');
    expect(read).toContain('هذه الرسالة مهمة. إذا كنت بحاجة إلى مترجم فوري، اتصل بنا على الرقم 0300 456 2233. الخدمة مجانية.'.replace(/\s+/g, ''));
    // pdftotext (poppler) on a page that is mostly English gives each stretch between punctuation in
    // logical order, with embedding marks round it (its own bidi reading): every word as written, in order.
    const text = extracted(dir, pdf);
    for (const words of ['هذه الرسالة مهمة', 'إذا كنت بحاجة إلى مترجم فوري', 'اتصل بنا على الرقم', 'الخدمة مجانية', '0300 456 2233']) expect(text).toContain(words);
    expect(text).toContain('This letter is important. Interpreter needed: Arabic.');
    // The paragraph is tagged with its own language.
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(ar\)/);
  });

  it('prints Polish with its letters, and Chinese, Bengali and Tigrinya in fonts that have them', async () => {
    const dir = temp();
    const app = await makeWorkspace(dir);
    const c = await richCase(app);
    const polish = await letterIn(app, c, 'Polish');
    shot(polish, 'notice-polish');
    expect((await pdfText(polish)).pages[0]!.replace(/\s+/g, ' ')).toContain('To pismo jest ważne. Jeśli potrzebujesz tłumacza, zadzwoń do nas pod numer');
    for (const [language, font, words] of [
      ['Mandarin Chinese', 'NotoSansSC', '这封信很重要'],
      // Words without a vowel sign written before its consonant, which extractors give in visual order.
      ['Bengali (Sylheti)', 'NotoSansBengali', 'আপনার'],
      ['Tigrinya', 'NotoSansEthiopic', 'ደብዳቤ'],
      // Tamil (Noto Sans Tamil): "It is free", a word with no vowel sign written before its consonant.
      ['Tamil', 'NotoSansTamil', 'இலவசம்'],
    ] as const) {
      const pdf = await letterIn(app, c, language);
      expect(pdf.toString('latin1'), language).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
      // A subset: the 10 MB Chinese font adds kilobytes, not megabytes.
      expect(pdf.length, language).toBeLessThan(400_000);
      expect(extracted(dir, pdf), language).toContain(words);
    }
  });

  it('prints Farsi right to left in Noto Sans Arabic, tagged fa, in logical order', async () => {
    const dir = temp();
    const app = await makeWorkspace(dir);
    const c = await richCase(app);
    const pdf = await letterIn(app, c, 'Persian');
    shot(pdf, 'notice-farsi');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansArabic-Bold/);
    // The two dots of ی in its first and middle forms are a glyph of their own that stands for no letter:
    // pdfkit maps it to nothing, which pdf.js reads as a control character (the glyph's number). Without
    // those, the notice in logical order.
    // eslint-disable-next-line no-control-regex -- the empty mappings pdf.js reads as control characters
    const read = (await pdfText(pdf)).pages[0]!.replace(/[\s\u0000-\u001f]+/g, '');
    expect(read).toContain('این نامه مهم است. اگر به مترجم شفاهی نیاز دارید، با شماره 0300 456 2233 با ما تماس بگیرید. این خدمت رایگان است.'.replace(/\s+/g, ''));
    const text = extracted(dir, pdf);
    // pdftotext infers the spaces between right-to-left words from gaps on a mostly English page, so here
    // each word is looked for on its own; the order is pdf.js's check above.
    for (const word of ['این', 'نامه', 'مهم', 'است', 'مترجم', 'شفاهی', 'خدمت', 'رایگان', '0300 456 2233']) expect(text).toContain(word);
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(fa\)/);
  });

  it('refuses, naming it, a character no font has, instead of dropping it', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    // Sinhala: no font in Hearth has its letters.
    const made = await app.call('document:generate', { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText: 'On 19/11/2026 you wrote කඩ on the door.' } });
    expect(made).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/no font in Hearth can print: “ක” \(U\+0D9A\)/) } });
    expect(await app.must('document:list', { caseId: c.id })).toEqual([]);
  });
});

describe('an administrator corrects a translation', () => {
  it('keeps each correction as a version, uses it in the next letter, audits it, and can go back to the supplied words', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const before = await app.must('notice:list', {});
    expect(before.languages.map((l) => l.name)).toEqual(['Polish', 'Romanian', 'Urdu', 'Punjabi', 'Bengali', 'Gujarati', 'Arabic', 'Portuguese', 'Spanish', 'Somali', 'Turkish', 'Lithuanian', 'Chinese', 'Tigrinya', 'Ukrainian', 'Tamil', 'Farsi']);
    // Every supplied translation says where it came from and that no translator has checked it yet.
    expect(before.languages.every((l) => !l.checked && /own translation/.test(l.source) && l.version === 0 && l.text.includes('{phone}'))).toBe(true);

    // Without the telephone number's place, it is refused and nothing is kept.
    expect(await app.call('notice:save', { revert: false, language: 'Polish', text: 'To pismo jest bardzo ważne.', source: 'Anna Nowak, translator', checked: true })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Keep \{phone\}/) } });
    const saved = await app.must('notice:save', { revert: false, language: 'Polish', text: 'To pismo jest bardzo ważne. Potrzebujesz tłumacza? Zadzwoń: {phone}. To bezpłatne.', source: 'Anna Nowak, translator', checked: true });
    expect(saved.version).toBe(1);
    const polish = (await app.must('notice:list', {})).languages.find((l) => l.name === 'Polish')!;
    expect(polish).toMatchObject({ version: 1, checked: true, source: 'Anna Nowak, translator', history: [{ version: 1, reverted: false, checked: true }] });

    const pdf = await letterIn(app, c, 'Polish');
    expect((await pdfText(pdf)).pages[0]!.replace(/\s+/g, ' ')).toContain('To pismo jest bardzo ważne. Potrzebujesz tłumacza? Zadzwoń: 0300 456 2233. To bezpłatne.');
    const events = await app.must('audit:list', { limit: 100 });
    expect(events.find((e) => e.action === 'notice:save')).toMatchObject({ target: 'notice:Polish' });

    await app.must('notice:save', { revert: true, language: 'Polish' });
    expect((await app.must('notice:list', {})).languages.find((l) => l.name === 'Polish')).toMatchObject({ version: 0, checked: false, history: [{ version: 2, reverted: true }, { version: 1 }] });
    const again = await letterIn(app, c, 'Polish');
    expect((await pdfText(again)).pages[0]!.replace(/\s+/g, ' ')).toContain('To pismo jest ważne. Jeśli potrzebujesz tłumacza');
  });

  it('is refused to an officer', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'river stone lantern' });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'olly', passphrase: 'river stone lantern' });
    expect(await app.call('notice:save', { revert: false, language: 'Arabic', text: 'هذه الرسالة مهمة {phone}', source: 'me', checked: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await app.must('notice:list', {})).languages).toHaveLength(17);
  });
});
