import type { RecipientOption } from '../../../../shared/schemas/documents';

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
        <div className="checkbox">
          <input id="doc-large-print" type="checkbox" checked={largePrint} onChange={(e) => onChange({ largePrint: e.target.checked, easyRead })} />
          <label htmlFor="doc-large-print">Large print, 16 pt and up{recorded(recipient?.largePrint ?? false)}</label>
        </div>
      )}
      {variants.includes('easy-read') && (
        <div className="checkbox">
          <input id="doc-easy-read" type="checkbox" checked={easyRead} onChange={(e) => onChange({ largePrint, easyRead: e.target.checked })} />
          <label htmlFor="doc-easy-read">Easy Read wording{recorded(recipient?.easyRead ?? false)}</label>
        </div>
      )}
      {recipient && recipient.needs.length > 0 && (
        <p className="doc-needs" role="note">
          <strong>{recipient.label.replace(/ [—(].*$/, '')} needs {recipient.needs.join(', ')}.</strong> The letter says so at the top; arrange it for any meeting or call.
        </p>
      )}
    </fieldset>
  );
}
