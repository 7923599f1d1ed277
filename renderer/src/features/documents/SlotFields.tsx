import type { SlotView } from '../../../../shared/schemas/documents';
import { describedBy, FieldFrame } from '../../ui/FieldFrame';
import { TextField } from '../../ui/TextField';

interface Props {
  slots: readonly SlotView[];
  values: Record<string, string>;
  onChange: (id: string, value: string) => void;
}

/** The template's free-text slots, each with its default already filled in from the case. */
export function SlotFields({ slots, values, onChange }: Props) {
  return (
    <>
      {slots.map((s) => {
        const id = `slot-${s.id}`;
        const label = `${s.label}${s.required ? '' : ' (optional)'}`.replace(' (optional) (optional)', ' (optional)');
        const hint = s.hint || (s.kind === 'date' ? 'A date, such as 01/12/2026.' : undefined);
        if (s.kind === 'longtext') {
          return (
            <FieldFrame key={s.id} id={id} label={label} hint={hint || 'A blank line starts a new paragraph.'}>
              <textarea
                id={id}
                name={id}
                className="input textarea doc-slot"
                rows={Math.min(12, Math.max(4, (values[s.id] ?? '').split('\n').length + 1))}
                value={values[s.id] ?? ''}
                maxLength={s.max}
                onChange={(e) => onChange(s.id, e.target.value)}
                aria-describedby={describedBy(id, { hint: true })}
              />
            </FieldFrame>
          );
        }
        return <TextField key={s.id} id={id} label={label} hint={hint} value={values[s.id] ?? ''} maxLength={s.max} onChange={(v) => onChange(s.id, v)} />;
      })}
    </>
  );
}
