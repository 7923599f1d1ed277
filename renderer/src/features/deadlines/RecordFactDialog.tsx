import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
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
  const [problems, setProblems] = useState<{ method: string | null; at: string | null }>({ method: null, at: null });
  const submit = useChange();

  const record = (event: FormEvent) => {
    event.preventDefault();
    const found = { method: method ? null : `Choose ${how.legend.replace('?', '').toLowerCase()}.`, at: dateTimeProblem(at, 'That time', 'it was done') };
    setProblems(found);
    if (found.method || found.at) {
      document.getElementById(found.method ? 'record-how' : 'record-at')?.focus();
      return;
    }
    const said = how.options.find((o) => o.code === method)!.label;
    const text = [`${said}.`, note.trim()].filter(Boolean).join(' ');
    void submit.run('deadline:recordFact', { caseId: line.caseId, kind: fact.kind, at: fromLondonInput(at)!, note: text }, () =>
      onRecorded(`Recorded the ${fact.noun} on case ${line.ref}.`),
    );
  };

  return (
    <Dialog id="record-fact-dialog" title={`Record the ${fact.noun}`} focusId="record-how" busy={submit.busy} calm onCancel={onCancel}>
      <form noValidate onSubmit={record}>
        <p>
          <strong>{line.label}</strong> on case {line.ref}, due {formatDateTime(line.dueAt)}.
        </p>
        <RadioGroup id="record-how" legend={how.legend} options={how.options} value={method} onChange={setMethod} error={problems.method} />
        <DateTimeField id="record-at" label="When was it done?" value={at} onChange={setAt} error={problems.at} />
        <TextField id="record-note" label="Note (optional)" value={note} onChange={setNote} autoComplete="off" />
        <div aria-live="assertive">{submit.error && <p className="row-error">{submit.error}</p>}</div>
        <div className="button-row">
          <Button type="submit" busy={submit.busy} busyLabel="Recording…">
            Record
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={submit.busy}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
