import { CONTACT_KINDS, type ContactKind } from '../../../../../shared/domain/vocabulary';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { useDraft } from '../../../hooks/useDraft';
import { DraftOffer } from '../../../ui/DraftOffer';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { DateTimeField } from '../../../ui/DateField';
import { partyIdOf, PartySelect } from '../../parties';
import { dateTimeProblem } from '../../../ui/forms/dates';
import { ContactAddInput } from '../../../../../shared/schemas/cases';

const DIRECTIONS = [
  { code: 'out', label: 'We contacted them' },
  { code: 'in', label: 'They contacted us' },
] as const;

/** A call, visit, letter, e-mail, meeting or text (every contact goes on the chronology). */
export function ContactForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('contact', { kind: '' as ContactKind | '', direction: 'out' as 'in' | 'out', partyId: '', at: toLondonInput(new Date()), summary: '' });
  const submit = useChange();
  const v = form.values;
  const kept = useDraft({ form: 'contact', caseId: view.header.id, values: v, restore: form.set, label: `contact on ${view.header.ref}` });
  const save = () => {
    const ok = form.check((x) => ({
      kind: x.kind ? null : 'Choose the kind of contact.',
      at: dateTimeProblem(x.at, 'The contact', 'of the contact'),
      summary: x.summary.trim() ? null : 'Summarise what was said or done.',
    }));
    if (!ok) return;
    void submit.run('contact:add', { caseId: view.header.id, kind: v.kind as ContactKind, direction: v.direction, partyId: partyIdOf(v.partyId), at: fromLondonInput(v.at)!, summary: v.summary.trim() },
      () => {
        kept.submitted();
        onDone('The contact was added to the chronology.');
      },
    );
  };
  return (
    <EntryForm id="add-contact" title="Add a contact" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the contact" onSubmit={save} onCancel={onCancel}>
      <DraftOffer what="contact" draft={kept} />
      <RadioGroup id={form.id('kind')} legend="Kind of contact" options={CONTACT_KINDS} value={v.kind} onChange={(kind) => form.set({ kind })} error={form.errors.kind} inline />
      <RadioGroup id={form.id('direction')} legend="Direction" options={DIRECTIONS} value={v.direction} onChange={(direction) => form.set({ direction })} inline />
      <div className="field-grid">
        <PartySelect id={form.id('partyId')} label="With whom" parties={view.parties} value={v.partyId} onChange={(partyId) => form.set({ partyId })} none="Someone not on the case" />
        <DateTimeField label="When" {...form.field('at')} />
      </div>
      <TextAreaField label="Summary" hint="What was said or done, and anything agreed." limit={ContactAddInput.shape.summary.maxLength} {...form.field('summary')} />
    </EntryForm>
  );
}
