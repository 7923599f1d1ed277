import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { RadioGroup } from '../../ui/RadioGroup';
import { EntryForm } from '../../ui/EntryForm';
import { TextAreaField } from '../../ui/TextAreaField';
import { type Outcome, OUTCOMES } from './labels';

interface Props {
  caseId: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The first step of closing (P6.2): the outcome and why the case should close. */
export function ProposeForm({ caseId, onDone, onCancel }: Props) {
  const form = useForm('closure-propose', { outcome: '' as Outcome | '', reason: '' });
  const submit = useChange();
  const save = () => {
    const ok = form.check((v) => ({ outcome: v.outcome ? null : 'Choose the outcome.', reason: v.reason.trim() ? null : 'Say why the case should close.' }));
    if (!ok) return;
    const input = { caseId, outcome: form.values.outcome as Outcome, reason: form.values.reason.trim() };
    void submit.run('closure:propose', input, () => onDone('Closure proposed. Next, discuss it with the complainant and offer them the chance to appeal.'));
  };
  return (
    <EntryForm id="closure-propose" title="Propose closing the case" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Propose closure" onSubmit={save} onCancel={onCancel}>
      <RadioGroup id={form.id('outcome')} legend="Outcome" options={OUTCOMES} value={form.values.outcome} onChange={(outcome) => form.set({ outcome })} error={form.errors.outcome} />
      <TextAreaField label="Why the case should close" rows={3} {...form.field('reason')} />
    </EntryForm>
  );
}
