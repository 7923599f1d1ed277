import { useState } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { Dialog } from '../../ui/Dialog';
import { DialogForm } from '../../ui/DialogForm';
import { DateTimeField } from '../../ui/DateField';
import { dateTimeProblem } from '../../ui/forms/dates';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import type { DashboardLine } from './dashboardLine';
import { HOW_OPTIONS, quickFactFor } from './recordable';

interface Props {
  line: DashboardLine;
  onRecorded: (message: string) => void;
  onCancel: () => void;
}

/**
 * Records the fact that meets a dashboard line (issue 17): how it was done and when (now unless the
 * officer says otherwise, never in the future), with an optional note. Kept on the case with the officer's name.
 */
export function RecordFactDialog({ line, onRecorded, onCancel }: Props) {
  const fact = quickFactFor(line.ruleId)!;
  const how = HOW_OPTIONS[fact.how];
  const [method, setMethod] = useState('');
  const [at, setAt] = useState(() => toLondonInput(new Date()));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [attempts, setAttempts] = useState(0);
  const submit = useChange();

  const record = () => {
    const atProblem = dateTimeProblem(at, 'That time', 'it was done');
    const found = [
      ...(method ? [] : [{ field: 'record-how', message: `Choose ${how.legend.replace('?', '').toLowerCase()}.` }]),
      ...(atProblem ? [{ field: 'record-at', message: atProblem }] : []),
    ];
    setProblems(found);
    setAttempts((n) => n + 1);
    if (found.length) return;
    const said = how.options.find((o) => o.code === method)!.label;
    const text = [`${said}.`, note.trim()].filter(Boolean).join(' ');
    void submit.run('deadline:recordFact', { caseId: line.caseId, kind: fact.kind, at: fromLondonInput(at)!, note: text }, () =>
      onRecorded(`Recorded the ${fact.noun} on case ${line.ref}.`),
    );
  };

  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message ?? null;
  return (
    <Dialog id="record-fact-dialog" title={`Record the ${fact.noun}`} focusId="record-how" busy={submit.busy} calm onCancel={onCancel}>
      <DialogForm id="record-fact" problems={problems} focusKey={attempts} serverError={submit.error} busy={submit.busy} submitLabel="Record" busyLabel="Recording…" onSubmit={record} onCancel={onCancel}>
        <p>
          <strong>{line.label}</strong> on case {line.ref}, due {formatDateTime(line.dueAt)}.
        </p>
        <RadioGroup id="record-how" legend={how.legend} options={how.options} value={method} onChange={setMethod} error={problemOf('record-how')} />
        <DateTimeField id="record-at" label="When was it done?" value={at} onChange={setAt} error={problemOf('record-at')} />
        <TextField id="record-note" label="Note (optional)" value={note} onChange={setNote} autoComplete="off" />
      </DialogForm>
    </Dialog>
  );
}
