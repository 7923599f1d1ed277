import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { TextAreaField } from '../../../ui/TextAreaField';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { DateTimeField } from '../../../ui/DateField';
import { partyIdOf, PartySelect } from '../../parties';
import { dateTimeProblem } from '../../../ui/forms/dates';
import { InterviewAddInput } from '../../../../../shared/schemas/cases';

/** An interview (P4.9: the complainant within ten days; others where it helps). */
export function InterviewForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('interview', { partyId: '', at: toLondonInput(new Date()), summary: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({ at: dateTimeProblem(x.at, 'The interview', 'of the interview'), summary: x.summary.trim() ? null : 'Summarise the interview.' }));
    if (!ok) return;
    void submit.run('interview:add', { caseId: view.header.id, partyId: partyIdOf(v.partyId), at: fromLondonInput(v.at)!, summary: v.summary.trim() },
      () => onDone('The interview was added to the chronology.'),
    );
  };
  return (
    <EntryForm id="add-interview" title="Add an interview" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the interview" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <PartySelect id={form.id('partyId')} label="Who was interviewed" parties={view.parties} value={v.partyId} onChange={(partyId) => form.set({ partyId })} none="Someone not on the case" />
        <DateTimeField label="When" {...form.field('at')} />
      </div>
      <TextAreaField label="Summary" rows={6} limit={InterviewAddInput.shape.summary.maxLength} {...form.field('summary')} />
    </EntryForm>
  );
}
