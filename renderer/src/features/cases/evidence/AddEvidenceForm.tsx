import { useState } from 'react';
import { ExhibitLabel } from '../../../../../shared/schemas/evidence';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { issueOf } from '../../../ui/forms/issueOf';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { TextAreaField } from '../../../ui/TextAreaField';
import { EntryForm } from '../../../ui/EntryForm';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { FileField } from '../../../ui/FileField';
import { DateField } from '../../../ui/DateField';
import { dateProblem } from '../../../ui/forms/dates';

interface Props {
  caseId: number;
  onAdded: (message: string) => void;
  onCancel: () => void;
}

/** main answers 'conflict' both for a file already on the case and for a label in use; only the first may be overridden. */
const isDuplicate = (code: string, message: string) => code === 'conflict' && message.includes('already on the case');

export function AddEvidenceForm({ caseId, onAdded, onCancel }: Props) {
  const form = useForm('evidence', { file: '', source: '', obtainedOn: londonToday(), description: '', exhibitLabel: '' });
  const [file, setFile] = useState<File | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const submit = useChange();
  const v = form.values;

  const send = async (allowDuplicate: boolean) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const input = { caseId, fileName: file.name, source: v.source.trim(), obtainedOn: toIsoDate(v.obtainedOn)!, description: v.description.trim(), exhibitLabel: v.exhibitLabel.trim() || undefined, allowDuplicate, bytes };
    const result = await submit.run('evidence:add', input, (added) => onAdded(`${added.fileName} was added as exhibit ${added.exhibitLabel}.`));
    if (result) setDuplicate(!result.ok && isDuplicate(result.error.code, result.error.message));
  };
  const save = () => {
    const ok = form.check((x) => ({
      file: file ? null : 'Choose the file to add.',
      source: x.source.trim() ? null : 'Say who or where the evidence came from.',
      obtainedOn: dateProblem(x.obtainedOn, 'the date it was obtained'),
      exhibitLabel: x.exhibitLabel.trim() ? issueOf(ExhibitLabel, x.exhibitLabel) : null,
    }));
    if (ok) send(false);
  };
  return (
    <EntryForm id="add-evidence" title="Add evidence" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Add the file" onSubmit={save} onCancel={onCancel}>
      {duplicate && (
        <div className="notice notice--warning">
          <p>If this is meant to be a second copy (for example the same photo supplied by someone else), you can add it anyway.</p>
          <Button variant="secondary" small busy={submit.busy} busyLabel="Adding…" onClick={() => send(true)}>
            Add it anyway
          </Button>
        </div>
      )}
      <FileField
        id={form.id('file')}
        label="File"
        hint="A photo (JPEG or PNG), a PDF, a Word document or an audio recording. Hearth keeps it encrypted and records its SHA-256."
        error={form.errors.file}
        onChange={(f) => {
          setFile(f);
          setDuplicate(false);
          form.set({ file: f?.name ?? '' });
        }}
      />
      <div className="field-grid">
        <TextField label="Where it came from" hint="For example “complainant’s phone” or “CCTV, estate office”." {...form.field('source')} autoComplete="off" />
        <DateField label="Date obtained" {...form.field('obtainedOn')} />
      </div>
      <TextAreaField label="What it shows (optional)" rows={2} {...form.field('description')} />
      <TextField label="Exhibit label (optional)" hint="Left empty, Hearth gives the next one with your initials, such as SP/3." width="short" {...form.field('exhibitLabel')} autoComplete="off" />
    </EntryForm>
  );
}
