import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { fromIsoDate, londonToday, toIsoDate } from '../../../../shared/time/input';
import { dateProblem } from '../../ui/forms/dates';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The complainant was told they may appeal (P6.2); the window follows the case's service standard. */
export function OfferAppealForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-offer', { offeredOn: londonToday() });
  const submit = useChange();
  const save = () => {
    if (!form.check((v) => ({ offeredOn: dateProblem(v.offeredOn, 'the date the appeal was offered') }))) return;
    void submit.run('closure:offerAppeal', { caseId, offeredOn: toIsoDate(form.values.offeredOn)! },
      (view) => onDone(`The offer of an appeal was recorded. The complainant can appeal until ${fromIsoDate(view.appealWindowEndsOn ?? '')}.`),
    );
  };
  return (
    <EntryForm id="closure-offer" title="Record the offer of an appeal" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the offer" onSubmit={save} onCancel={onCancel}>
      <DateField label="Date the appeal was offered" hint="Hearth works out the last day to appeal from the case’s service standard. For example 21/11/2026." {...form.field('offeredOn')} />
    </EntryForm>
  );
}
