import { SENT_FORMATS, type SentFormat } from '../../../../shared/domain/policy-measures';
import type { DocumentView } from '../../../../shared/schemas/documents';
import { londonToday, toIsoDate } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { DateField } from '../../ui/DateField';
import { EntryForm } from '../../ui/EntryForm';
import { dateProblem } from '../../ui/forms/dates';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';

/** P8.3: a letter sent in Braille, audio, a translation or plain text: the format, who produced it, when. */
export function FormatSentForm({ doc, onDone, onCancel }: { doc: DocumentView; onDone: (message: string) => void; onCancel: () => void }) {
  const form = useForm('format-sent', { format: '' as SentFormat | '', language: '', producedBy: '', sentOn: londonToday() });
  const submit = useChange({ caseId: doc.caseId });
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      format: x.format ? null : 'Choose the format it was sent in.',
      language: x.format === 'translation' && !x.language.trim() ? 'Give the language of the translation.' : null,
      producedBy: x.producedBy.trim() ? null : 'Say who produced it (a transcription service, a translator, the officer).',
      sentOn: dateProblem(x.sentOn, 'the date it was sent'),
    }));
    if (!ok) return;
    void submit.run('document:recordFormat', { documentId: doc.id, format: v.format as SentFormat, language: v.language.trim(), producedBy: v.producedBy.trim(), sentOn: toIsoDate(v.sentOn)! }, () =>
      onDone(`“${doc.title}” sent in another format: recorded in the chronology.`),
    );
  };
  return (
    <EntryForm id="format-sent" title={`Record another format of “${doc.title}”`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the format sent" onSubmit={save} onCancel={onCancel}>
      <RadioGroup id={form.id('format')} legend="Format sent" inline options={SENT_FORMATS} value={v.format} onChange={(format) => form.set({ format })} error={form.errors.format} />
      <div className="field-grid">
        {v.format === 'translation' && <TextField label="Language" autoComplete="off" {...form.field('language')} />}
        <TextField label="Produced by" hint="For example “RNIB transcription service” or the translator’s name." autoComplete="off" {...form.field('producedBy')} />
        <DateField label="Date sent" {...form.field('sentOn')} />
      </div>
    </EntryForm>
  );
}
