import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Block, runsText } from '../../shared/documents/model';
import type { FrontMatter, TemplateProblem } from '../../shared/schemas/documents';
import type { Section } from './template-file';
import { templatesDir } from './templates-dir';

/**
 * Easy Read pictures (issue 19): a few OpenMoji pictograms (CC BY-SA 4.0) kept as PNGs in
 * templates/pictures, listed with their alternative text in pictures.json. A template's front matter
 * puts one beside a paragraph by the paragraph's first words; the writers draw it to the left.
 */

interface Catalogue {
  source: string;
  pictures: Record<string, { hexcode: string; alt: string; author: string }>;
}

let catalogue: Catalogue | undefined;
function pictures(): Catalogue {
  return (catalogue ??= JSON.parse(readFileSync(join(templatesDir(), 'pictures', 'pictures.json'), 'utf8')) as Catalogue);
}

export const pictureIds = (): string[] => Object.keys(pictures().pictures);
export const pictureAttribution = (): string => pictures().source;

const bytes = new Map<string, Buffer>();
/** The picture's PNG (144 × 144 px). */
export function pictureBytes(id: string): Buffer {
  let b = bytes.get(id);
  if (!b) bytes.set(id, (b = readFileSync(join(templatesDir(), 'pictures', `${id}.png`))));
  return b;
}

/** Each paragraph that starts with a front-matter entry's words gets its picture (the first match). */
export function withPictures(blocks: Block[], chosen: FrontMatter['pictures']): Block[] {
  if (!chosen.length) return blocks;
  const all = pictures().pictures;
  return blocks.map((b) => {
    if (b.kind !== 'paragraph' || b.picture) return b;
    const text = runsText(b.runs).trim();
    const entry = chosen.find((c) => text.startsWith(c.at));
    const picture = entry ? all[entry.picture] : undefined;
    return entry && picture ? { ...b, picture: { id: entry.picture, alt: picture.alt } } : b;
  });
}

/** Problems with the front matter's pictures: an unknown picture, or words that start no Easy Read line. */
export function checkPictures(front: FrontMatter, easyRead: Section | null): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const known = pictureIds();
  if (front.pictures.length && !easyRead) problems.push({ line: null, message: 'The front matter lists pictures, but there is no Easy Read text for them.' });
  const lines = (easyRead?.text ?? '').split('\n').map((l) => l.replace(/\*\*/g, '').trim());
  for (const p of front.pictures) {
    if (!known.includes(p.picture)) problems.push({ line: null, message: `“${p.picture}” is not one of Hearth’s pictures. Known: ${known.join(', ')}.` });
    else if (easyRead && !lines.some((l) => l.startsWith(p.at))) problems.push({ line: null, message: `No line of the Easy Read text starts with “${p.at}”, so its picture (${p.picture}) has nowhere to go.` });
  }
  return problems;
}
