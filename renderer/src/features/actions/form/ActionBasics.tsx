import { SelectField } from '../../../ui/SelectField';
import type { Form } from '../../../hooks/useForm';
import type { PartyView } from '../../../../../shared/schemas/cases';
import { DateField } from '../../../ui/DateField';
import { KIND_OPTIONS } from '../labels';
import type { Draft } from './draft';
import { PartySelect } from '../../parties';

interface Props {
  form: Form<Draft>;
  parties: readonly PartyView[];
  /** Editing a recorded action (issue 15): its kind stays what it is. */
  fixedKind?: boolean;
}

/** Every action's first questions: what, against whom, and when. */
export function ActionBasics({ form, parties, fixedKind = false }: Props) {
  const v = form.values;
  const chooseKind = (kind: string) => {
    const k = kind as Draft['kind'];
    // A written warning is usually live for 3 months (first) or 6 (final): start from the usual.
    const live = k === 'written-warning-first' ? '3' : k === 'written-warning-final' ? '6' : v.livePeriodMonths;
    form.set({ kind: k, livePeriodMonths: live });
  };
  return (
    <>
      {!fixedKind && <SelectField id={form.id('kind')} label="What action?" hint="Lightest first, as the policy’s ladder (P5)." value={v.kind} onChange={chooseKind} options={KIND_OPTIONS} error={form.errors.kind} />}
      <div className="field-grid">
        {v.kind !== 'area-letter' && (
          <PartySelect
            id={form.id('subject')}
            label={v.kind === 'mediation' ? 'With whom (optional)' : 'Against whom'}
            hint="The alleged perpetrator, or the tenant responsible for them (P3.8)."
            parties={parties}
            value={v.subject}
            onChange={(subject) => form.set({ subject })}
            none={v.kind === 'mediation' ? 'No one in particular' : 'Choose the person'}
            error={form.errors.subject}
          />
        )}
        <DateField label="Start date" hint="When it was given, agreed or applied for. For example 21/11/2026." {...form.field('startedOn')} />
      </div>
    </>
  );
}
