import { readFileSync } from 'node:fs';
import { DOCUMENT_FONT, type DocumentModel } from '../../shared/documents/model';
import { type ScriptFont, scriptFontFile, scriptOfLetter } from '../pdf/script-fonts';

/**
 * The script fonts a DOCX uses, embedded in it (issue 19): a letter with an Arabic notice carries Noto Sans
 * Arabic (regular and bold), so Word on a computer without it shows the notice as the PDF does. Each run
 * names the script font for its complex-script letters (w:rFonts w:cs) and Noto Sans for the rest.
 *
 * Decision: Noto Sans SC (Chinese) is named, not embedded: the docx library embeds whole font files, and
 * the two weights are 10 MB each; Word substitutes a Chinese font it has. Noto Sans itself is named with
 * Arial as its fallback (docx.ts), as before.
 */
const FAMILY: Record<ScriptFont, string> = {
  arabic: 'Noto Sans Arabic',
  bengali: 'Noto Sans Bengali',
  gujarati: 'Noto Sans Gujarati',
  gurmukhi: 'Noto Sans Gurmukhi',
  ethiopic: 'Noto Sans Ethiopic',
  sc: 'Noto Sans SC',
  tamil: 'Noto Sans Tamil',
};
const NOT_EMBEDDED: ReadonlySet<ScriptFont> = new Set(['sc']);

function scriptOf(text: string): ScriptFont | null {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x600) continue;
    const s = scriptOfLetter(cp);
    if (s) return s;
  }
  return null;
}

/** A run's fonts: Noto Sans, and for a run with letters of another script, that script's Noto font as well. */
export function runFont(text: string): string | { ascii: string; hAnsi: string; cs: string; eastAsia: string } {
  const s = scriptOf(text);
  if (!s) return DOCUMENT_FONT.family;
  const family = FAMILY[s];
  return { ascii: DOCUMENT_FONT.family, hAnsi: DOCUMENT_FONT.family, cs: family, eastAsia: s === 'sc' ? family : DOCUMENT_FONT.family };
}

/** Every piece of text in the models, for finding the scripts they use. */
function textsOf(m: DocumentModel): string[] {
  const out = [m.title, m.footer, ...(m.letterhead ? [m.letterhead.name, ...m.letterhead.lines] : []), ...m.addressee, ...m.corner, ...m.meta.flatMap((r) => [r.label, r.value])];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => k !== 'data' && visit(v));
  };
  visit(m.blocks);
  return out;
}

/** The font files to embed (the docx library's `fonts` option) for the scripts the models use. */
export function embeddedScriptFonts(models: readonly DocumentModel[]): { name: string; data: Buffer; bold: Buffer }[] {
  const used = new Set<ScriptFont>();
  for (const m of models) for (const t of textsOf(m)) for (const ch of t) {
    const s = ch.codePointAt(0)! >= 0x600 ? scriptOfLetter(ch.codePointAt(0)!) : null;
    if (s && !NOT_EMBEDDED.has(s)) used.add(s);
  }
  return [...used].sort().map((s) => ({ name: FAMILY[s], data: readFileSync(scriptFontFile(s, false)), bold: readFileSync(scriptFontFile(s, true)) }));
}
