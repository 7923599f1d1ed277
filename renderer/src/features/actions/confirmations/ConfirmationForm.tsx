import { CONFIRMATION_BASES } from '../../../../../shared/domain/action-kinds';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { SelectField } from '../../../ui/SelectField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { DateField } from '../../../ui/DateField';
import { RadioGroup } from '../../../ui/RadioGroup';
import { EntryForm } from '../../../ui/EntryForm';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { TextAreaField } from '../../../ui/TextAreaField';
import { PartySelect } from '../../parties';
import { dateProblem } from '../../../ui/forms/dates';

type Basis = (typeof CONFIRMATION_BASES)[number]['code'];

interface Props {
  view: CaseView;
  /** The person the warning is about, when the form was opened from a warning. */
  partyId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** P5.4: no written warning without "some level of confirmation" that the person harassed someone. */
export function ConfirmationForm({ view, partyId, onSaved, onCancel }: Props) {
  const form = useForm('confirmation', { partyId, basis: '' as Basis | '', detail: '', on: londonToday(), evidenceId: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      partyId: x.partyId ? null : 'Choose the person it confirms.',
      basis: x.basis ? null : 'Choose how it was confirmed.',
      detail: x.detail.trim() ? null : 'Say what confirms it.',
      on: dateProblem(x.on, 'the date'),
    }));
    if (!ok) return;
    const party = view.parties.find((p) => String(p.id) === v.partyId);
    const input = { caseId: view.header.id, partyId: Number(v.partyId), basis: v.basis, detail: v.detail.trim(), on: toIsoDate(v.on)!, evidenceId: v.evidenceId ? Number(v.evidenceId) : null };
    void submit.run('confirmation:add', input, () => onSaved(`Confirmation recorded for ${party?.name || 'the person'}.`));
  };
  const evidence = [{ value: '', label: 'None' }, ...view.evidence.map((e) => ({ value: String(e.id), label: `${e.exhibitLabel}: ${e.fileName}` }))];
  return (
    <EntryForm id="confirmation-form" title="Record a confirmation (P5.4)" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the confirmation" onSubmit={save} onCancel={onCancel}>
      <PartySelect id={form.id('partyId')} label="Who it confirms threatened or committed harassment" parties={view.parties} value={v.partyId} onChange={(p) => form.set({ partyId: p })} none="Choose the person" error={form.errors.partyId} />
      <RadioGroup id={form.id('basis')} legend="How was it confirmed?" options={CONFIRMATION_BASES} value={v.basis} onChange={(basis) => form.set({ basis })} error={form.errors.basis} />
      <TextAreaField label="What confirms it" hint="Who saw or heard what, or what the recording or police information shows." rows={3} {...form.field('detail')} />
      <div className="field-grid">
        <DateField label="Date" {...form.field('on')} />
        <SelectField id={form.id('evidenceId')} label="Evidence on the case (optional)" value={v.evidenceId} onChange={(evidenceId) => form.set({ evidenceId })} options={evidence} />
      </div>
    </EntryForm>
  );
}
