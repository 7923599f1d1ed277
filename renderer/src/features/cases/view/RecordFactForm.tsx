import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { useChange } from '../../../hooks/useChange';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { FACT_CHOICES, type RecordableFact } from './facts';
import { DateTimeField } from '../../../ui/DateField';
import { dateTimeProblem } from '../../../ui/forms/dates';

interface Props {
  caseId: number;
  fact: RecordableFact;
  onRecorded: (message: string) => void;
  onCancel: () => void;
}

export function RecordFactForm({ caseId, fact, onRecorded, onCancel }: Props) {
  const [at, setAt] = useState(() => toLondonInput(new Date()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();
  const label = FACT_CHOICES.find((c) => c.code === fact)!.label;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = dateTimeProblem(at, 'That time', 'it was done');
    setProblem(found);
    if (found) return;
    void submit.run('deadline:recordFact', { caseId, kind: fact, at: fromLondonInput(at)!, note: note.trim() },
      () => onRecorded(`Recorded: ${label}.`),
    );
  };
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Record: ${label}`}>
      <p className="popover__title">{label}</p>
      <ErrorSummary id="record-fact-problems" problems={[...(problem ? [{ field: 'record-fact-at', message: problem }] : []), ...(submit.error ? [{ message: submit.error }] : [])]} revealKey={submit.error} />
      <DateTimeField id="record-fact-at" label="When" value={at} onChange={setAt} error={problem} />
      <TextField id="record-fact-note" label="Note (optional)" value={note} onChange={setNote} autoComplete="off" />
      <div className="button-row button-row--tight">
        <Button type="submit" small busy={submit.busy} busyLabel="Saving…">
          Save
        </Button>
        <Button small variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
