import { type ConsentRecipient } from '../../../../../shared/domain/vocabulary';
import type { CaseView, PartyView } from '../../../../../shared/schemas/cases';
import { SelectField } from '../../../ui/SelectField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { EntryForm } from '../../../ui/EntryForm';
import { toIsoDate } from '../../../../../shared/time/input';
import { ConsentFields } from './ConsentFields';
import { partyIdOf, PartySelect } from '../../parties';
import { dateProblem } from '../../../ui/forms/dates';

interface Props {
  view: CaseView;
  people: readonly PartyView[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A consent given after the report: by whom, to whom, and the written document (ideally a copy in the evidence). */
export function AddConsentForm({ view, people, onSaved, onCancel }: Props) {
  const form = useForm('add-consent', { partyId: people.length === 1 ? String(people[0]!.id) : '', recipient: '', recipientName: '', purpose: '', writtenOn: '', source: '', evidenceId: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      partyId: x.partyId ? null : 'Choose who gave the consent.',
      recipient: x.recipient ? null : 'Choose who may learn their identity.',
      recipientName: x.recipient === 'other' && !x.recipientName.trim() ? 'Name who the identity may be shared with.' : null,
      writtenOn: dateProblem(x.writtenOn, 'the date the consent was given in writing'),
    }));
    if (!ok) return;
    const consent = { recipient: v.recipient as ConsentRecipient, recipientName: v.recipientName.trim(), purpose: v.purpose.trim(), writtenOn: toIsoDate(v.writtenOn)!, source: v.source.trim() || 'Written consent' };
    void submit.run('consent:add', { caseId: view.header.id, partyId: partyIdOf(v.partyId)!, consent, evidenceId: v.evidenceId ? Number(v.evidenceId) : null },
      () => onSaved('The consent was recorded.'),
    );
  };
  const documents = [{ value: '', label: 'No copy in the evidence yet' }, ...view.evidence.map((e) => ({ value: String(e.id), label: `${e.exhibitLabel}: ${e.fileName}` }))];
  const errors = form.errors as Record<string, string>;
  return (
    <EntryForm id="add-consent" title="Record a consent" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the consent" onSubmit={save} onCancel={onCancel}>
      <PartySelect id={form.id('partyId')} label="Given by" parties={people} value={v.partyId} onChange={(partyId) => form.set({ partyId })} none="Choose the person" error={form.errors.partyId} />
      <ConsentFields prefix="add-consent" values={v} onChange={form.set} errors={errors} />
      <SelectField id={form.id('evidenceId')} label="A copy of the written consent (optional)" hint="Add the signed form as evidence first, then choose it here." value={v.evidenceId} onChange={(evidenceId) => form.set({ evidenceId })} options={documents} />
    </EntryForm>
  );
}
