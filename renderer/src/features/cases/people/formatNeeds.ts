import type { FormatNeeds } from '../../../../../shared/schemas/cases';

/** "Large print; interpreter (Polish)" — the needs to remember before writing or calling. */
export function formatNeedsText(f: FormatNeeds): string {
  const needs = [
    f.largePrint && 'Large print',
    f.easyRead && 'Easy Read',
    f.interpreter !== null && `Interpreter (${f.interpreter || 'language not recorded'})`,
    f.signer && 'BSL signer',
    f.braille && 'Braille',
    f.audio && 'Audio',
  ].filter((n): n is string => Boolean(n));
  return needs.join('; ');
}
