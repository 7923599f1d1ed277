import { INTERVIEW_BASES, type InterviewBasis } from '../../../../../shared/domain/policy-measures';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { useChange } from '../../../hooks/useChange';
import { useForm } from '../../../hooks/useForm';
import { DateField } from '../../../ui/DateField';
import { EntryForm } from '../../../ui/EntryForm';
import { dateProblem } from '../../../ui/forms/dates';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import type { EntryProps } from '../entries/entryProps';

/**
 * P4.9: "…and the complainant is happy for us to do so, we will also interview the alleged perpetrator and
 * any other witnesses or victims." The complainant's answer, or why others are interviewed without it.
 */
export function InterviewAgreementForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('interview-agreement', { basis: '' as InterviewBasis | '', reason: '', givenOn: londonToday() });
  const submit = useChange();
  const v = form.values;
  const without = v.basis !== '' && v.basis !== 'agreed' && v.basis !== 'declined';
  const save = () => {
    const ok = form.check((x) => ({
      basis: x.basis ? null : 'Choose the complainant’s answer, or the reason to go ahead without it.',
      reason: without && x.reason.trim().length < 10 ? 'Say why others will be interviewed without the complainant’s agreement (at least 10 characters).' : null,
      givenOn: dateProblem(x.givenOn, 'the date'),
    }));
    if (!ok) return;
    void submit.run('interview:agreement', { caseId: view.header.id, basis: v.basis as InterviewBasis, reason: v.reason.trim(), givenOn: toIsoDate(v.givenOn)! }, () =>
      onDone('The complainant’s answer about interviewing others was added to the chronology.'),
    );
  };
  return (
    <EntryForm id="add-interview-agreement" title="Agreement to interview others" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the answer" onSubmit={save} onCancel={onCancel}>
      <p className="secondary-text">Policy 4.9: the alleged perpetrator, witnesses and other victims are interviewed only if the complainant is happy for us to do so.</p>
      <RadioGroup id={form.id('basis')} legend="Is the complainant happy for others to be interviewed?" options={INTERVIEW_BASES} value={v.basis} onChange={(basis) => form.set({ basis })} error={form.errors.basis} />
      <TextAreaField label={without ? 'Why others will be interviewed without agreement' : 'Anything they said (optional)'} rows={3} limit={1000} {...form.field('reason')} />
      <DateField label="Date of the answer or decision" {...form.field('givenOn')} />
    </EntryForm>
  );
}
