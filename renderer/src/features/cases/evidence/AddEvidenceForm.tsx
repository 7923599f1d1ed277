import { useRef, useState } from 'react';
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
import { formatBytes } from '../../../ui/formatBytes';
import { useStagedUpload } from './useStagedUpload';

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
  // A part refused or a file that could no longer be read; a refusal of the finished file is submit.error.
  const [sendError, setSendError] = useState<string | null>(null);
  const upload = useStagedUpload(caseId);
  const submit = useChange({ caseId });
  const sending = useRef(false);
  const v = form.values;
  const error = sendError ?? submit.error;
  const busy = submit.busy || upload.sent !== null;

  const send = async (allowDuplicate: boolean) => {
    if (!file || sending.current) return;
    sending.current = true;
    setSendError(null);
    submit.clearError();
    try {
      const uploaded = await upload.stage(file);
      if (!uploaded.ok) {
        setSendError(uploaded.error.message);
        return;
      }
      const details = { source: v.source.trim(), obtainedOn: toIsoDate(v.obtainedOn)!, description: v.description.trim(), exhibitLabel: v.exhibitLabel.trim() || undefined, allowDuplicate };
      const result = await submit.run('evidence:uploadFinish', { uploadId: uploaded.value, ...details }, (added) => {
        upload.settle();
        onAdded(addedMessage(file.name, added));
      });
      if (!result || result.ok) return;
      // main keeps the file only after a conflict (a duplicate, a label in use); otherwise it is gone.
      if (result.error.code !== 'conflict') upload.settle();
      setDuplicate(isDuplicate(result.error.code, result.error.message));
    } finally {
      sending.current = false;
      upload.done();
    }
  };
  const save = () => {
    const ok = form.check((x) => ({
      file: file ? null : 'Choose the file to add.',
      source: x.source.trim() ? null : 'Say who or where the evidence came from.',
      obtainedOn: dateProblem(x.obtainedOn, 'the date it was obtained'),
      exhibitLabel: x.exhibitLabel.trim() ? issueOf(ExhibitLabel, x.exhibitLabel) : null,
    }));
    if (ok) void send(false);
  };
  return (
    <EntryForm id="add-evidence" title="Add evidence" problems={form.problems(error)} focusKey={form.attempts} serverError={error} busy={busy} saveLabel="Add the file" onSubmit={save} onCancel={onCancel}>
      {duplicate && (
        <div className="notice notice--warning">
          <p>If this is meant to be a second copy (for example the same photo supplied by someone else), you can add it anyway.</p>
          <Button variant="secondary" small busy={busy} busyLabel="Adding…" onClick={() => void send(true)}>
            Add it anyway
          </Button>
        </div>
      )}
      <FileField
        id={form.id('file')}
        label="File"
        hint="A photo (JPEG or PNG), a PDF, a Word document or an audio recording, up to 200 MB. Hearth keeps it encrypted and records its fingerprint, which shows later that the file has not changed."
        error={form.errors.file}
        onChange={(f) => {
          upload.forget();
          setFile(f);
          setDuplicate(false);
          form.set({ file: f?.name ?? '' });
        }}
      />
      {upload.sent && <SendProgress bytes={upload.sent.bytes} of={upload.sent.of} />}
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
