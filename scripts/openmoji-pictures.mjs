// Renders the Easy Read pictures named in templates/pictures/pictures.json from OpenMoji's colour SVGs to
// 144 px PNGs beside it (issue 19). OpenMoji is not a dependency: only these few pictures are kept in the
// repository. To refresh them: `npm pack openmoji@17.0.0`, unpack it, then
//   node scripts/openmoji-pictures.mjs path/to/package
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const from = process.argv[2];
if (!from) throw new Error('usage: node scripts/openmoji-pictures.mjs <unpacked openmoji package>');
const dir = join(import.meta.dirname, '..', 'templates', 'pictures');
const { pictures } = JSON.parse(readFileSync(join(dir, 'pictures.json'), 'utf8'));
for (const [id, p] of Object.entries(pictures)) {
  const image = await loadImage(readFileSync(join(from, 'color', 'svg', `${p.hexcode}.svg`)));
  const canvas = createCanvas(144, 144);
  canvas.getContext('2d').drawImage(image, 0, 0, 144, 144);
  writeFileSync(join(dir, `${id}.png`), canvas.toBuffer('image/png'));
}
console.log(`${Object.keys(pictures).length} pictures written to ${dir}`);
