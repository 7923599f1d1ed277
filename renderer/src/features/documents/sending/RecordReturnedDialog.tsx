import { useState } from 'react';
import type { DocumentView } from '../../../../../shared/schemas/documents';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { useChange } from '../../../hooks/useChange';
import { DateField } from '../../../ui/DateField';
import { Dialog } from '../../../ui/Dialog';
import { DialogForm } from '../../../ui/DialogForm';
import { dateProblem } from '../../../ui/forms/dates';
import { TextField } from '../../../ui/TextField';

interface Props {
  document: DocumentView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * "Record returned post…": the day it came back and why (issue 17). What the letter met (an
 * acknowledgement, a contact) is due again, so the person has to be reached another way.
 */
export function RecordReturnedDialog({ document: d, onDone, onCancel }: Props) {
  const [on, setOn] = useState(() => londonToday());
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const submit = useChange({ caseId: d.caseId });

  const onSubmit = () => {
    const day = toIsoDate(on);
    const found = [
      ...((p) => (p ? [{ field: 'returned-on', message: p }] : []))(dateProblem(on, 'the day it came back')),
      ...(reason.trim() ? [] : [{ field: 'returned-reason', message: 'Say why it came back, such as “addressee gone away”.' }]),
    ];
    setProblems(found);
    setAttempts((n) => n + 1);
    if (found.length || !day) return;
    void submit.run('document:recordReturned', { id: d.id, returnedOn: day, reason: reason.trim() }, () =>
      onDone(`Recorded as returned post: “${d.title}”. Whatever it met is due again: reach ${d.recipientDescription} another way.`),
    );
  };
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message ?? null;
  return (
    <Dialog id="record-returned" title="Record returned post" focusId="returned-on" busy={submit.busy} calm onCancel={onCancel}>
      <p>
        “{d.title}” for {d.recipientDescription}. A returned letter did not reach them: what it met is due again.
      </p>
      <DialogForm id="record-returned" problems={problems} focusKey={attempts} serverError={submit.error} busy={submit.busy} submitLabel="Record returned post" busyLabel="Saving…" onSubmit={onSubmit} onCancel={onCancel}>
        <DateField id="returned-on" label="When did it come back?" value={on} onChange={setOn} error={problemOf('returned-on')} />
        <TextField id="returned-reason" label="Why did it come back?" hint="As marked on the envelope, for example “addressee gone away”." value={reason} onChange={setReason} error={problemOf('returned-reason')} maxLength={300} autoComplete="off" />
      </DialogForm>
    </Dialog>
  );
}
