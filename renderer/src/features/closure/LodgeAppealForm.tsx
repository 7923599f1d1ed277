import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { TextAreaField } from '../../ui/TextAreaField';
import { dateProblem } from '../../ui/forms/dates';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The complainant appeals against the closure, within the window. A manager then decides. */
export function LodgeAppealForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-lodge', { lodgedOn: londonToday(), grounds: '' });
  const submit = useChange();
  const save = () => {
    const ok = form.check((v) => ({ lodgedOn: dateProblem(v.lodgedOn, 'the date the appeal was made'), grounds: v.grounds.trim() ? null : 'Record the grounds of appeal.' }));
    if (!ok) return;
    const input = { caseId, lodgedOn: toIsoDate(form.values.lodgedOn)!, grounds: form.values.grounds.trim() };
    void submit.run('appeal:lodge', input, () => onDone('The appeal was recorded. A manager decides whether to reopen the case.'));
  };
  return (
    <EntryForm id="closure-lodge" title="Record an appeal" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the appeal" onSubmit={save} onCancel={onCancel}>
      <DateField label="Date the appeal was made" {...form.field('lodgedOn')} />
      <TextAreaField label="Grounds of appeal" hint="Why the complainant says the case should not be closed." rows={3} {...form.field('grounds')} />
    </EntryForm>
  );
}
