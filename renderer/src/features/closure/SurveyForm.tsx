import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { DateField } from '../../ui/DateField';
import { RadioGroup } from '../../ui/RadioGroup';
import { EntryForm } from '../../ui/EntryForm';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { TextAreaField } from '../../ui/TextAreaField';
import { type Satisfaction, SATISFACTION } from './labels';
import { dateProblem } from '../../ui/forms/dates';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** "After a case is closed we will ask for feedback" (P6.2): when it was offered, and any answers. */
export function SurveyForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-survey', { offeredOn: londonToday(), completedOn: '', satisfaction: '' as Satisfaction | '', outcome: '' as Satisfaction | '', comments: '' });
  const submit = useChange();
  const v = form.values;
  const scored = (x: Satisfaction | '') => x !== '' && x !== 'none';
  const answered = scored(v.satisfaction) || scored(v.outcome);
  const save = () => {
    const ok = form.check((x) => ({
      offeredOn: dateProblem(x.offeredOn, 'the date the survey was offered'),
      completedOn: answered && !x.completedOn.trim() ? 'Enter the date the survey was completed, with the satisfaction answer.' : dateProblem(x.completedOn, 'the date the survey was completed', false),
    }));
    if (!ok) return;
    const input = { caseId, offeredOn: toIsoDate(v.offeredOn)!, completedOn: v.completedOn.trim() ? toIsoDate(v.completedOn) : null, satisfaction: scored(v.satisfaction) ? Number(v.satisfaction) : null, outcomeSatisfaction: scored(v.outcome) ? Number(v.outcome) : null, comments: v.comments.trim() };
    void submit.run('survey:record', input, () => onDone('The feedback survey was recorded.'));
  };
  return (
    <EntryForm id="closure-survey" title="Record the feedback survey" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the survey" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <DateField label="Date the survey was offered" {...form.field('offeredOn')} />
        <DateField label="Date it was completed (optional)" hint="Leave empty if they have not answered yet." {...form.field('completedOn')} />
      </div>
      <RadioGroup id={form.id('satisfaction')} legend="How satisfied were they with how we handled the case?" hint="Leave unanswered if the survey has not come back." options={SATISFACTION} value={v.satisfaction} onChange={(satisfaction) => form.set({ satisfaction })} />
      {/* P7.2 monitors satisfaction "with outcome and handling": someone may be content with us and not with the result. */}
      <RadioGroup id={form.id('outcome')} legend="How satisfied were they with the outcome of the case?" hint="Asked separately: the result may satisfy them when the handling did not, or the other way round." options={SATISFACTION} value={v.outcome} onChange={(outcome) => form.set({ outcome })} />
      <TextAreaField label="Comments (optional)" rows={3} {...form.field('comments')} />
    </EntryForm>
  );
}
