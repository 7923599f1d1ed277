import { type Act, ACTS } from '../../../../../shared/domain/vocabulary';
import { TextField } from '../../../ui/TextField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { useDraft } from '../../../hooks/useDraft';
import { DraftOffer } from '../../../ui/DraftOffer';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import { fromLondonDateOrTime, fromLondonInput } from '../../../../../shared/time/input';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { DateTimeField } from '../../../ui/DateField';
import { partyIdOf, PartySelect } from '../../parties';
import { dateTimeProblem, estimateProblem } from '../../../ui/forms/dates';
import { IncidentInput } from '../../../../../shared/schemas/cases';

/** A further incident on the same case (P3.4: harassment is often a series of incidents). */
export function IncidentForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('incident', { occurredAt: '', reportedAt: '', acts: [] as Act[], description: '', location: '', partyId: '' });
  const submit = useChange();
  const v = form.values;
  const kept = useDraft({ form: 'incident', caseId: view.header.id, values: v, restore: form.set, label: `incident on ${view.header.ref}` });
  const save = () => {
    const ok = form.check((x) => ({
      occurredAt: estimateProblem(x.occurredAt, 'The incident', 'it happened'),
      // Optional (issue 15): a statement says "reported" only with the time it was told, so none is guessed.
      reportedAt: x.reportedAt.trim() ? dateTimeProblem(x.reportedAt, 'The report', 'it was reported') : null,
      description: x.description.trim() ? null : 'Describe what happened.',
    }));
    if (!ok) return;
    const occurred = fromLondonDateOrTime(v.occurredAt)!;
    void submit.run('incident:add', {
          caseId: view.header.id,
          incident: { occurredAt: occurred.at, occurredTimeKnown: occurred.timeKnown, reportedAt: v.reportedAt.trim() ? fromLondonInput(v.reportedAt) : null, acts: v.acts, description: v.description.trim(), location: v.location.trim() },
          reportedByPartyId: partyIdOf(v.partyId),
        },
      () => {
        kept.submitted();
        onDone('The incident was added to the chronology.');
      },
    );
  };
  return (
    <EntryForm id="add-incident" title="Add an incident" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the incident" onSubmit={save} onCancel={onCancel}>
      <DraftOffer what="incident" draft={kept} />
      <div className="field-grid">
        <DateTimeField label="When did it happen?" hint="For example 21/11/2026 14:30, London time, or only the date if the time is not known." {...form.field('occurredAt')} />
        <DateTimeField label="When was it reported to us? (optional)" hint="Leave empty if not recorded. For example 22/11/2026 09:40." {...form.field('reportedAt')} />
        <PartySelect id={form.id('partyId')} label="Who reported it?" parties={view.parties} value={v.partyId} onChange={(partyId) => form.set({ partyId })} none="Not recorded" />
      </div>
      <CheckboxGroup id={form.id('acts')} legend="What did it involve?" hint="Tick all that apply." options={ACTS} value={v.acts} onChange={(acts) => form.set({ acts })} columns />
      <TextAreaField label="Describe what happened" rows={5} limit={IncidentInput.shape.description.maxLength} {...form.field('description')} />
      <TextField label="Where (optional)" hint="If not at the case address." {...form.field('location')} autoComplete="off" />
    </EntryForm>
  );
}
