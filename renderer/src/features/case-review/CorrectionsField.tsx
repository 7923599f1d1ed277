import type { ApplicationView } from '../../../../shared/schemas/case-review';
import { fromIsoDate } from '../../../../shared/time/input';
import { CheckboxField } from '../../ui/CheckboxField';
import { DataTable } from '../../ui/DataTable';
import { TextField } from '../../ui/TextField';

type Complaint = ApplicationView['check']['complaints'][number];
/** Per complaint: whether its count is turned over, and why. */
export type Corrections = Record<string, { on: boolean; reason: string }>;

/** The corrections already recorded: those that turn a complaint's verdict over. */
export function correctionsFrom(complaints: readonly Complaint[]): Corrections {
  return Object.fromEntries(complaints.filter((c) => c.corrected && c.corrected.counts !== c.countsBefore).map((c) => [c.key, { on: true, reason: c.corrected!.reason }]));
}

interface Props {
  complaints: readonly Complaint[];
  value: Corrections;
  idOf: (key: string) => string;
  errors: Record<string, string>;
  onChange: (next: Corrections) => void;
}

/**
 * Each complaint with what the record says, and a box to say the opposite with a reason (a report the
 * police hold that the case does not, a complaint about someone else). The box names the behaviour's
 * day so each one reads on its own to a screen reader.
 */
export function CorrectionsField({ complaints, value, idOf, errors, onChange }: Props) {
  const set = (key: string, change: Partial<{ on: boolean; reason: string }>) => onChange({ ...value, [key]: { on: false, reason: '', ...value[key], ...change } });
  return (
    <fieldset className="fieldset field">
      <legend className="fieldset__legend">Correct a complaint’s count (optional)</legend>
      <p className="field__hint">Tick a complaint to count it the other way, and say why. The reason is kept with the decision.</p>
      <DataTable<Complaint>
        caption="Complaints, what the record says, and corrections"
        captionHidden
        columns={[
          { header: 'Behaviour on', cell: (c) => fromIsoDate(c.occurredOn), rowHeader: true, className: 'nowrap' },
          { header: 'Case', cell: (c) => c.caseRef, className: 'nowrap' },
          { header: 'What', cell: (c) => c.description },
          { header: 'From the record', cell: (c) => (c.countsBefore ? 'Counts' : 'Does not count') },
          {
            header: 'Correction',
            cell: (c) => {
              const on = value[c.key]?.on ?? false;
              const what = `the complaint of ${fromIsoDate(c.occurredOn)} on ${c.caseRef}`;
              return (
                <>
                  <CheckboxField
                    compact
                    id={idOf(c.key)}
                    label={
                      <>
                        {c.countsBefore ? 'Do not count it' : 'Count it'}
                        <span className="visually-hidden"> ({what})</span>
                      </>
                    }
                    checked={on}
                    onChange={(checked) => set(c.key, { on: checked })}
                  />
                  {on && <TextField id={`${idOf(c.key)}-reason`} label={`Why (${what})`} autoComplete="off" value={value[c.key]?.reason ?? ''} onChange={(reason) => set(c.key, { reason })} error={errors[c.key]} />}
                </>
              );
            },
          },
        ]}
        rows={complaints}
        rowKey={(c) => c.key}
      />
    </fieldset>
  );
}
