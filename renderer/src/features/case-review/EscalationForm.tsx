import { ESCALATION_OUTCOMES, type ApplicationView } from '../../../../shared/schemas/case-review';
import { fromIsoDate, londonToday, toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { dateProblem } from '../../ui/forms/dates';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextAreaField } from '../../ui/TextAreaField';

type Escalation = ApplicationView['escalations'][number];
type Outcome = (typeof ESCALATION_OUTCOMES)[number]['code'];

interface Props {
  caseId: number;
  application: ApplicationView;
  /** The escalation whose outcome is recorded; none to record a new one. */
  escalation?: Escalation;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * An escalation or appeal by the applicant (unhappy with the threshold decision or the review), and
 * later its outcome on the same record. The procedure is the area's (s.104(3)); Hearth keeps the dates.
 */
export function EscalationForm({ caseId, application: a, escalation: e, onDone, onCancel }: Props) {
  const prefix = `case-review-escalation-${a.id}-${e?.id ?? 'new'}`;
  const form = useForm(prefix, { madeOn: e ? fromIsoDate(e.madeOn) : londonToday(), grounds: e?.grounds ?? '', outcome: (e ? (e.outcome === 'pending' ? '' : e.outcome) : 'pending') as Outcome | '', outcomeOn: e?.outcomeOn ? fromIsoDate(e.outcomeOn) : e ? londonToday() : '', outcomeNotes: e?.outcomeNotes ?? '' });
  const submit = useChange();
  const v = form.values;
  const decided = v.outcome !== '' && v.outcome !== 'pending';
  const save = () => {
    const ok = form.check((x) => ({
      madeOn: dateProblem(x.madeOn, 'the day it was made'),
      grounds: x.grounds.trim().length < 5 ? 'Say what the applicant is unhappy about.' : null,
      outcome: e && !x.outcome ? 'Choose the outcome.' : null,
      outcomeOn: decided ? dateProblem(x.outcomeOn, 'the day of the outcome') : null,
    }));
    if (!ok) return;
    const input = {
      caseId,
      applicationId: a.id,
      id: e?.id ?? null,
      madeOn: toIsoDate(v.madeOn)!,
      grounds: v.grounds.trim(),
      outcome: (v.outcome || 'pending') as Outcome,
      outcomeOn: decided ? toIsoDate(v.outcomeOn) : null,
      outcomeNotes: decided ? v.outcomeNotes.trim() : '',
    };
    void submit.run('casereview:escalate', input, () => onDone(e ? 'The outcome of the escalation was recorded.' : 'The escalation was recorded. Record its outcome when it is known.'));
  };
  return (
    <EntryForm id={prefix} title={e ? 'Record the outcome of the escalation' : 'Record an escalation or appeal'} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel={e ? 'Save the outcome' : 'Record the escalation'} onSubmit={save} onCancel={onCancel}>
      <DateField label="Day it was made" {...form.field('madeOn')} />
      <TextAreaField label="What the applicant is unhappy about" limit={2000} {...form.field('grounds')} />
      {e && (
        <>
          <RadioGroup id={form.id('outcome')} legend="Outcome" options={ESCALATION_OUTCOMES} value={v.outcome} onChange={(outcome) => form.set({ outcome })} error={form.errors.outcome} />
          {decided && (
            <>
              <DateField label="Day of the outcome" {...form.field('outcomeOn')} />
              <TextAreaField label="What was decided (optional)" limit={2000} {...form.field('outcomeNotes')} />
            </>
          )}
        </>
      )}
    </EntryForm>
  );
}
