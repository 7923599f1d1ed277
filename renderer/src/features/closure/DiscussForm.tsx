import { CONTACT_KINDS, type ContactKind } from '../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../shared/schemas/cases';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { DateTimeField } from '../../ui/DateField';
import { RadioGroup } from '../../ui/RadioGroup';
import { EntryForm } from '../../ui/EntryForm';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { TextAreaField } from '../../ui/TextAreaField';
import { personName } from '../parties';
import { dateTimeProblem } from '../../ui/forms/dates';

interface Props {
  caseId: number;
  parties: readonly PartyView[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The closure discussed with the complainant (P6.2); for an anonymous report, why that was not possible. */
export function DiscussForm({ caseId, parties, onDone, onCancel }: Props) {
  const complainant = parties.find((p) => (p.role === 'complainant' || p.role === 'victim') && !p.anonymous);
  const form = useForm('closure-discuss', { kind: '' as ContactKind | '', at: toLondonInput(new Date()), summary: '', notPossibleReason: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      kind: x.kind ? null : complainant ? 'Choose how it was discussed.' : 'Choose how you tried to reach anyone.',
      at: dateTimeProblem(x.at, 'The discussion', 'of the discussion'),
      summary: x.summary.trim() ? null : complainant ? 'Record what the complainant said.' : 'Say what was done instead.',
      notPossibleReason: complainant || x.notPossibleReason.trim() ? null : 'Say why the closure could not be discussed with anyone.',
    }));
    if (!ok) return;
    const input = { caseId, kind: v.kind as ContactKind, at: fromLondonInput(v.at)!, summary: v.summary.trim(), notPossibleReason: complainant ? null : v.notPossibleReason.trim() };
    void submit.run('closure:discuss', input, () => onDone('The discussion was recorded. It is in the chronology as a contact.'));
  };
  return (
    <EntryForm id="closure-discuss" title="Record the discussion" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the discussion" onSubmit={save} onCancel={onCancel}>
      {complainant ? <p>With {personName(complainant)}.</p> : <p>There is no named complainant on this case (an anonymous report), so say why the closure could not be discussed.</p>}
      {!complainant && <TextAreaField label="Why it could not be discussed" rows={2} {...form.field('notPossibleReason')} />}
      <RadioGroup id={form.id('kind')} legend={complainant ? 'How was it discussed?' : 'How did you try?'} options={CONTACT_KINDS} value={v.kind} onChange={(kind) => form.set({ kind })} error={form.errors.kind} inline />
      <DateTimeField label="When" {...form.field('at')} />
      <TextAreaField label={complainant ? 'What the complainant said' : 'What was done instead'} rows={3} {...form.field('summary')} />
    </EntryForm>
  );
}
