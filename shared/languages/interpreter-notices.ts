import { z } from 'zod';
import data from './interpreter-notices.json';

/**
 * The interpreter notice in the reader's language (issue 19, P8.3): "This letter is important. If you need
 * an interpreter, call us on 0300… It is free." The words for each language are in
 * interpreter-notices.json, each with where they came from and whether a translator has checked them; an
 * administrator's correction (a new version, kept in the workspace) takes the file's place.
 */

export const NoticeTranslation = z.object({
  /** English name, as an officer records the language ("Arabic"). */
  name: z.string(),
  /** BCP 47 code, for the PDF's /Lang and DOCX's w:lang. */
  code: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  script: z.string(),
  /** Other ways the language may be recorded ("Panjabi", "Mandarin", the language's own name). */
  aliases: z.array(z.string()),
  /** The notice; {phone} is replaced by the partner's telephone number. */
  text: z.string().min(1),
  source: z.string(),
  checked: z.boolean(),
});
export type NoticeTranslation = z.infer<typeof NoticeTranslation>;

const File = z.object({ about: z.string(), english: z.string(), languages: z.array(NoticeTranslation) });
const file = File.parse(data);

export const NOTICE_LANGUAGES: readonly NoticeTranslation[] = file.languages;
export const ENGLISH_NOTICE: string = file.english;

/** The words of a notice are checked on saving: the phone number's place must be kept. */
export const PHONE_PLACE = '{phone}';

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);

/**
 * The translation for a recorded language ("Arabic", "Polish (some English)", "Panjabi"), or null when the
 * file has none (the letter then carries the English notice only, as before).
 */
export function translationFor(recorded: string, list: readonly NoticeTranslation[] = NOTICE_LANGUAGES): NoticeTranslation | null {
  const said = new Set(words(recorded));
  return list.find((t) => [t.name, ...t.aliases].some((n) => words(n).length > 0 && words(n).every((w) => said.has(w)))) ?? null;
}

/** The notice's words with the number in. */
export const noticeText = (text: string, phone: string) => text.split(PHONE_PLACE).join(phone);
