import { describe, expect, it } from 'vitest';
import { readsRightToLeft } from '../../../shared/languages/direction';
import { ENGLISH_NOTICE, NOTICE_LANGUAGES, translationFor } from '../../../shared/languages/interpreter-notices';

describe('which way a statement or notice reads', () => {
  it('is right to left when its first letter is Arabic or Hebrew, whatever digits or quotes come first', () => {
    expect(readsRightToLeft('سمعت دارين يركل بابي')).toBe(true);
    expect(readsRightToLeft('12. «سمعت» 0300')).toBe(true);
    expect(readsRightToLeft('یہ خط اہم ہے')).toBe(true);
    expect(readsRightToLeft('On 12/11/2026 سمعت')).toBe(false);
    expect(readsRightToLeft('12345')).toBe(false);
  });

  it('matches the direction recorded for each language in the translations file', () => {
    for (const t of NOTICE_LANGUAGES) expect(readsRightToLeft(t.text), t.name).toBe(t.dir === 'rtl');
  });
});

describe('finding the translation for a recorded language', () => {
  it('matches names, other spellings and the language’s own name, and nothing for a language it has no words for', () => {
    expect(translationFor('Arabic')?.code).toBe('ar');
    expect(translationFor('arabic (Sudanese)')?.code).toBe('ar');
    expect(translationFor('Panjabi')?.code).toBe('pa');
    expect(translationFor('Mandarin Chinese')?.code).toBe('zh-Hans');
    expect(translationFor('polski')?.code).toBe('pl');
    expect(translationFor('Tamil')?.code).toBe('ta');
    expect(translationFor('Persian')?.code).toBe('fa');
    expect(translationFor('فارسی')?.code).toBe('fa');
    expect(translationFor('Kurdish')).toBeNull();
  });

  it('has all seventeen languages (Tamil and Farsi added to the fifteen), each with the number’s place, a source and whether a translator checked it', () => {
    expect(NOTICE_LANGUAGES).toHaveLength(17);
    expect(NOTICE_LANGUAGES.find((t) => t.code === 'fa')?.dir).toBe('rtl');
    expect(ENGLISH_NOTICE).toContain('{phone}');
    for (const t of NOTICE_LANGUAGES) {
      expect(t.text, t.name).toContain('{phone}');
      expect(t.source, t.name).toMatch(/translation/);
      expect(t.checked, t.name).toBe(false);
    }
  });
});
