import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { DateTimeField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { dateTimeProblem } from '../../ui/forms/dates';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The last step: the case closes (main refuses while anything P6.2 asks for is missing). */
export function CloseForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-close', { at: toLondonInput(new Date()) });
  const submit = useChange();
  const save = () => {
    if (!form.check((v) => ({ at: dateTimeProblem(v.at, 'The closing time', 'the case closed') }))) return;
    void submit.run('closure:close', { caseId, at: fromLondonInput(form.values.at)! }, () => onDone('The case is closed. The feedback survey is now due (Policy 6.2).'));
  };
  return (
    <EntryForm id="closure-close" title="Close the case" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Close the case" onSubmit={save} onCancel={onCancel}>
      <DateTimeField label="When the case closed" {...form.field('at')} />
    </EntryForm>
  );
}
