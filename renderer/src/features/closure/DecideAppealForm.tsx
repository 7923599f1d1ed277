import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { RadioGroup } from '../../ui/RadioGroup';
import { EntryForm } from '../../ui/EntryForm';
import { TextAreaField } from '../../ui/TextAreaField';
import { DECISIONS } from './labels';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Decision = (typeof DECISIONS)[number]['code'];

/** A manager decides an appeal against closure: reopen, or uphold with reasons. */
export function DecideAppealForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-decide', { decision: '' as Decision | '', reasons: '' });
  const submit = useChange();
  const save = () => {
    const ok = form.check((v) => ({
      decision: v.decision ? null : 'Choose the decision.',
      reasons: v.reasons.trim().length >= 10 ? null : 'Give the reasons for the decision, in at least 10 characters.',
    }));
    if (!ok) return;
    const decision = form.values.decision as Decision;
    void submit.run('appeal:decide', { caseId, decision, reasons: form.values.reasons.trim() },
      () => onDone(decision === 'reopen' ? 'The appeal was upheld: the case is open again.' : 'The closure was upheld. The complainant should be told the reasons.'),
    );
  };
  return (
    <EntryForm id="closure-decide" title="Decide the appeal" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the decision" onSubmit={save} onCancel={onCancel}>
      <RadioGroup id={form.id('decision')} legend="Decision" options={DECISIONS} value={form.values.decision} onChange={(decision) => form.set({ decision })} error={form.errors.decision} />
      <TextAreaField label="Reasons" hint="These are kept with the case and given to the complainant." rows={3} {...form.field('reasons')} />
    </EntryForm>
  );
}
