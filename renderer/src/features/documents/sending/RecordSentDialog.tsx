import { useState } from 'react';
import type { DocumentView } from '../../../../../shared/schemas/documents';
import { SENDING_METHODS, SENDING_WORDS, type SendingMethod } from '../../../../../shared/schemas/sending';
import { formatDateTime } from '../../../../../shared/time/format';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { useChange } from '../../../hooks/useChange';
import { DateTimeField } from '../../../ui/DateField';
import { Dialog } from '../../../ui/Dialog';
import { DialogForm } from '../../../ui/DialogForm';
import { dateTimeProblem } from '../../../ui/forms/dates';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextField } from '../../../ui/TextField';

interface Props {
  document: DocumentView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const HOW_OPTIONS = SENDING_METHODS.map((code) => ({ code, label: SENDING_WORDS[code] }));

/**
 * "Record as sent…": how the letter went and when (issue 17). Recording it is what meets the deadline the
 * letter serves, at the time given here; a batch to residents is one document, so all its letters at once.
 */
export function RecordSentDialog({ document: d, onDone, onCancel }: Props) {
  const [how, setHow] = useState<SendingMethod | ''>('');
  const [detail, setDetail] = useState('');
  const [at, setAt] = useState(() => toLondonInput(new Date()));
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const submit = useChange({ caseId: d.caseId });

  const onSubmit = () => {
    const atIso = fromLondonInput(at);
    const found = [
      ...(how ? [] : [{ field: 'sent-how', message: 'Choose how it was sent.' }]),
      ...(how === 'other' && !detail.trim() ? [{ field: 'sent-detail', message: 'Say how it was sent.' }] : []),
      ...((p) => (p ? [{ field: 'sent-at', message: p }] : []))(
        dateTimeProblem(at, 'When it was sent', 'it was sent') ?? (atIso && new Date(atIso).getTime() < Math.floor(new Date(d.createdAt).getTime() / 60_000) * 60_000 ? `When it was sent cannot be before the letter was made (${formatDateTime(d.createdAt)}).` : null),
      ),
    ];
    setProblems(found);
    setAttempts((n) => n + 1);
    if (found.length || !how || !atIso) return;
    void submit.run('document:recordSent', { id: d.id, how, howDetail: how === 'other' ? detail.trim() : '', at: atIso }, () => onDone(`Recorded as sent: “${d.title}” for ${d.recipientDescription}.`));
  };
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message ?? null;
  const count = d.recipientCount > 1 ? ` (all ${d.recipientCount.toLocaleString('en-GB')} letters)` : '';
  return (
    <Dialog id="record-sent" title="Record as sent" focusId="sent-how" busy={submit.busy} calm onCancel={onCancel}>
      <p>
        “{d.title}” for {d.recipientDescription}
        {count}. Recording how and when it went is what meets the deadline it serves.
      </p>
      <DialogForm id="record-sent" problems={problems} focusKey={attempts} serverError={submit.error} busy={submit.busy} submitLabel="Record as sent" busyLabel="Saving…" onSubmit={onSubmit} onCancel={onCancel}>
        <RadioGroup id="sent-how" legend="How was it sent?" options={HOW_OPTIONS} value={how} onChange={setHow} error={problemOf('sent-how')} />
        {how === 'other' && <TextField id="sent-detail" label="How, in a few words" value={detail} onChange={setDetail} error={problemOf('sent-detail')} maxLength={200} autoComplete="off" />}
        <DateTimeField id="sent-at" label="When was it sent?" value={at} onChange={setAt} error={problemOf('sent-at')} />
      </DialogForm>
    </Dialog>
  );
}
