import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useFocusOnShow } from '../../hooks/useFocusOnShow';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { CheckboxField } from '../../ui/CheckboxField';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { DateTimeField } from '../../ui/DateField';
import { dateTimeProblem } from '../../ui/forms/dates';
import { TextAreaField } from '../../ui/TextAreaField';

interface Props {
  caseId: number;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A review of the action plan (P4.11). One that changed the plan starts "send the updated plan". */
export function ReviewForm({ caseId, onSaved, onCancel }: Props) {
  const [initial] = useState(() => ({ at: toLondonInput(new Date()), outcome: '' }));
  const form = useForm('review', initial);
  const [changedPlan, setChangedPlan] = useState(false);
  const submit = useChange();
  const heading = useFocusOnShow<HTMLHeadingElement>('review-form');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({ at: dateTimeProblem(v.at, 'The review', 'of the review'), outcome: v.outcome.trim() ? null : 'Record the outcome of the review.' }));
    if (!ok) return;
    const input = { caseId, at: fromLondonInput(form.values.at)!, outcome: form.values.outcome.trim(), changedPlan };
    void submit.run('plan:review', input, () => onSaved(changedPlan ? 'Review recorded. Record the new version of the plan and send it to the complainant.' : 'Review recorded.'));
  };

  return (
    <form className="form form--wide review-form" noValidate onSubmit={onSubmit} aria-labelledby="review-form-heading">
      <h3 id="review-form-heading" ref={heading} tabIndex={-1}>Record a review</h3>
      <ErrorSummary id="review-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <DateTimeField label="When was the review?" {...form.field('at')} />
      <TextAreaField label="Outcome" hint="What the review found and decided." {...form.field('outcome')} />
      <CheckboxField
        id="review-changed"
        label="This review changed the plan"
        hint="The updated plan must then be sent to the complainant; Hearth adds that deadline."
        checked={changedPlan}
        onChange={setChangedPlan}
      />
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          Save the review
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
