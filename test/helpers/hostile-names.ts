import fc from 'fast-check';
import { DANGEROUS_EXTENSIONS } from '../../shared/files/safe-name';

/** Names built from pieces hostile names are made of: invisible characters, dots, spaces, reserved characters, dangerous extensions. */
export const hostileName = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200E', '\u061C', '\uFEFF', '\u0000', '\u001F', '\u0085', '\u2028', '\t', '\n'),
      fc.constantFrom('.', ' ', '. .', '..', '<', '>', ':', '"', '|', '?', '*', '/', '\\'),
      fc.constantFrom(...[...DANGEROUS_EXTENSIONS].slice(0, 60).map((e) => `.${e}`), '.pdf', '.JPG', '.png', '.docx', '.mp3'),
      fc.constantFrom('CON', 'nul', 'Com1', 'LPT9', 'conin$'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
