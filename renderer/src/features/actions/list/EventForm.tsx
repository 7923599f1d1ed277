import type { ActionView } from '../../../../../shared/schemas/actions';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { DateTimeField } from '../../../ui/DateField';
import { RadioGroup } from '../../../ui/RadioGroup';
import { EntryForm } from '../../../ui/EntryForm';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { CheckboxField } from '../../../ui/CheckboxField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { actionName, EVENT_LABELS, eventKindsFor, isCourtKind } from '../labels';
import { dateTimeProblem } from '../../../ui/forms/dates';

interface Props {
  action: ActionView;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A hearing, review, breach, variation or outcome; a breach the court found proven says so. */
export function EventForm({ action, onSaved, onCancel }: Props) {
  const prefix = `event-${action.id}`;
  const form = useForm(prefix, { kind: '', at: toLondonInput(new Date()), summary: '', proven: false, nextHearingAt: '' });
  const submit = useChange({ caseId: action.caseId });
  const v = form.values;
  const court = isCourtKind(action.kind);
  const options = eventKindsFor(action.kind).map((code) => ({ code, label: EVENT_LABELS[code] ?? code }));
  const save = () => {
    const ok = form.check((x) => ({
      kind: x.kind ? null : 'Choose what happened.',
      at: dateTimeProblem(x.at, 'The event', 'it happened'),
      summary: x.summary.trim() ? null : 'Say what happened.',
      nextHearingAt: x.nextHearingAt.trim() && !fromLondonInput(x.nextHearingAt) ? 'Enter the next hearing like 21/11/2026 10:00, or leave it empty.' : null,
    }));
    if (!ok) return;
    const input = { actionId: action.id, kind: v.kind as 'hearing', at: fromLondonInput(v.at)!, summary: v.summary.trim(), proven: v.kind === 'breach' && v.proven, nextHearingAt: v.nextHearingAt.trim() ? fromLondonInput(v.nextHearingAt) : null };
    void submit.run('action:addEvent', input, () => onSaved(`${EVENT_LABELS[v.kind] ?? 'Event'} recorded on the ${actionName(action.label)}.`));
  };
  return (
    <EntryForm id={prefix} title={`Record what happened on the ${actionName(action.label)}`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save" onSubmit={save} onCancel={onCancel}>
      <RadioGroup id={form.id('kind')} legend="What happened?" options={options} value={v.kind} onChange={(kind) => form.set({ kind })} error={form.errors.kind} inline />
      <DateTimeField label="When" {...form.field('at')} />
      <TextAreaField label="Summary" rows={3} {...form.field('summary')} />
      {court && v.kind === 'breach' && (
        <CheckboxField
          id={form.id('proven')}
          label="The court found the breach proven"
          hint={action.kind === 'civil-injunction' ? 'A proven breach of a civil injunction meets condition 2 of the absolute ground for possession.' : undefined}
          checked={v.proven}
          onChange={(proven) => form.set({ proven })}
        />
      )}
      {court && <DateTimeField label="Next hearing (optional)" hint="For example 21/11/2026 10:00." {...form.field('nextHearingAt')} />}
    </EntryForm>
  );
}
