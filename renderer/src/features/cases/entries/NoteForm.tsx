import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { TextAreaField } from '../../../ui/TextAreaField';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { NoteAddInput } from '../../../../../shared/schemas/cases';

export function NoteForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('note', { text: '' });
  const submit = useChange();
  const save = () => {
    if (!form.check((x) => ({ text: x.text.trim() ? null : 'Write the note.' }))) return;
    void submit.run('note:add', { caseId: view.header.id, text: form.values.text.trim() },
      () => onDone('The note was added to the chronology.'),
    );
  };
  return (
    <EntryForm id="add-note" title="Add a note" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the note" onSubmit={save} onCancel={onCancel}>
      <TextAreaField label="Note" hint="Dated and signed with your name automatically." rows={5} limit={NoteAddInput.shape.text.maxLength} {...form.field('text')} />
    </EntryForm>
  );
}
