import type { RecipientOption } from '../../../../shared/schemas/documents';
import { CheckboxField } from '../../ui/CheckboxField';

interface Props {
  recipient: RecipientOption | undefined;
  variants: readonly string[];
  largePrint: boolean;
  easyRead: boolean;
  onChange: (v: { largePrint: boolean; easyRead: boolean }) => void;
}

/** Large print and Easy Read, ticked for the recipient's recorded need (P8.3) and changeable. */
export function VariantFields({ recipient, variants, largePrint, easyRead, onChange }: Props) {
  const recorded = (need: boolean) => (recipient && need ? ` (recorded for ${recipient.label.replace(/ [—(].*$/, '')})` : '');
  return (
    <fieldset className="doc-variants">
      <legend>Format</legend>
      {variants.includes('large-print') && (
        <CheckboxField id="doc-large-print" label={`Large print, 16 pt and up${recorded(recipient?.largePrint ?? false)}`} checked={largePrint} onChange={(on) => onChange({ largePrint: on, easyRead })} />
      )}
      {variants.includes('easy-read') && (
        <CheckboxField id="doc-easy-read" label={`Easy Read wording${recorded(recipient?.easyRead ?? false)}`} checked={easyRead} onChange={(on) => onChange({ largePrint, easyRead: on })} />
      )}
      {recipient && recipient.needs.length > 0 && (
        <p className="doc-needs" role="note">
          <strong>{recipient.label.replace(/ [—(].*$/, '')} needs {recipient.needs.join(', ')}.</strong> The letter says so at the top; arrange it for any meeting or call.
        </p>
      )}
    </fieldset>
  );
}
