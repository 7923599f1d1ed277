import { useEffect, useRef, useState } from 'react';
import { ExhibitLabel } from '../../../../../shared/schemas/evidence';
import { hearth } from '../../../api/hearth';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/TextField';
import { issueOf } from '../../../forms/issueOf';
import { useForm } from '../../../hooks/useForm';
import { useSubmit } from '../../../hooks/useSubmit';
import { TextAreaField } from '../../../components/TextAreaField';
import { EntryForm } from '../entries/EntryForm';
import { dateProblem, londonToday, toIsoDate } from '../format/londonInput';
import { FileField } from './FileField';
import { DateField } from '../components/DateFields';
import { formatBytes } from '../../../format/bytes';
import { cancelUpload, sendInParts } from './sendInParts';

interface Props {
  caseId: number;
  onAdded: (message: string) => void;
  onCancel: () => void;
}

/** main answers 'conflict' both for a file already on the case and for a label in use; only the first may be overridden. */
const isDuplicate = (code: string, message: string) => code === 'conflict' && message.includes('already on the case');

/** What the person is told when the file is kept under another name than the one it had. */
function addedMessage(chosen: string, added: { fileName: string; exhibitLabel: string }): string {
  const base = `${added.fileName} was added as exhibit ${added.exhibitLabel}.`;
  return added.fileName === chosen ? base : `${base} It was called “${chosen}”; Hearth keeps it under a name that matches what its contents are.`;
}

export function AddEvidenceForm({ caseId, onAdded, onCancel }: Props) {
  const form = useForm('evidence', { file: '', source: '', obtainedOn: londonToday(), description: '', exhibitLabel: '' });
  const [file, setFile] = useState<File | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [sent, setSent] = useState<{ bytes: number; of: number } | null>(null);
  // A file already received by main, kept after a duplicate warning so "Add it anyway" does not send it again.
  const staged = useRef<{ file: File; uploadId: string } | null>(null);
  const submit = useSubmit();
  const v = form.values;

  const forget = () => {
    if (staged.current) cancelUpload(staged.current.uploadId);
    staged.current = null;
  };
  // Leaving the form (Cancel, another case) throws away a file main is still holding.
  useEffect(() => forget, []);

  const send = (allowDuplicate: boolean) => {
    if (!file) return;
    void submit.run(
      async () => {
        if (staged.current?.file !== file) {
          forget();
          setSent({ bytes: 0, of: file.size });
          const uploaded = await sendInParts(caseId, file, (bytes) => setSent({ bytes, of: file.size }));
          if (!uploaded.ok) {
            setSent(null);
            return uploaded;
          }
          staged.current = { file, uploadId: uploaded.value };
        }
        const details = { source: v.source.trim(), obtainedOn: toIsoDate(v.obtainedOn)!, description: v.description.trim(), exhibitLabel: v.exhibitLabel.trim() || undefined, allowDuplicate };
        const result = await hearth.evidence.uploadFinish({ uploadId: staged.current.uploadId, ...details });
        setSent(null);
        // main keeps the file only after a conflict (a duplicate, a label in use); otherwise it is gone.
        if (result.ok || result.error.code !== 'conflict') staged.current = null;
        setDuplicate(!result.ok && isDuplicate(result.error.code, result.error.message));
        return result;
      },
      (added) => onAdded(addedMessage(file.name, added)),
    );
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
        hint="A photo (JPEG or PNG), a PDF, a Word document or an audio recording, up to 200 MB. Hearth keeps it encrypted and records its SHA-256."
        error={form.errors.file}
        onChange={(f) => {
          forget();
          setFile(f);
          setDuplicate(false);
          form.set({ file: f?.name ?? '' });
        }}
      />
      {sent && <SendProgress bytes={sent.bytes} of={sent.of} />}
      <div className="field-grid">
        <TextField label="Where it came from" hint="For example “complainant’s phone” or “CCTV, estate office”." {...form.field('source')} autoComplete="off" />
        <DateField label="Date obtained" {...form.field('obtainedOn')} />
      </div>
      <TextAreaField label="What it shows (optional)" rows={2} {...form.field('description')} />
      <TextField label="Exhibit label (optional)" hint="Left empty, Hearth gives the next one with your initials, such as SP/3." width="short" {...form.field('exhibitLabel')} autoComplete="off" />
    </EntryForm>
  );
}

/** How much of the file has reached main, then that it is being checked (a large PDF takes a few seconds). */
function SendProgress({ bytes, of }: { bytes: number; of: number }) {
  return (
    <div className="upload-progress">
      <progress max={Math.max(1, of)} value={bytes} aria-label="File sent" />
      <p role="status">{bytes < of ? `Sending the file: ${formatBytes(bytes)} of ${formatBytes(of)}` : 'Sent. Checking the file and saving it…'}</p>
    </div>
  );
}
