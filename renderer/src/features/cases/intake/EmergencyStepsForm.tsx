import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { DateTimeField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Notice } from '../../../ui/Notice';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useChange } from '../../../hooks/useChange';
import { dateTimeProblem } from '../../../ui/forms/dates';
import { fromLondonInput, toLondonInput } from '../../../../../shared/time/input';
import { EMERGENCY_STEPS, emergencyNote, type EmergencyStep } from './emergencySteps';

const OPTIONS = EMERGENCY_STEPS.map((s) => ({ code: s.code, label: s.done }));

/**
 * Council page (issue 18): someone in immediate danger. The officer records which emergency steps were
 * taken and when, as one dated entry (the "emergency steps" fact), which meets the same-day item.
 */
export function EmergencyStepsForm({ caseId }: { caseId: number }) {
  const [taken, setTaken] = useState<EmergencyStep[]>([]);
  const [at, setAt] = useState(() => toLondonInput(new Date()));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ field: string; message: string }[]>([]);
  const [tries, setTries] = useState(0);
  const [done, setDone] = useState(false);
  const submit = useChange({ caseId });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...(taken.length === 0 && !note.trim() ? [{ field: 'emergency-taken', message: 'Tick the steps taken, or say in the note what was done instead.' }] : []),
      ...((p) => (p ? [{ field: 'emergency-at', message: p }] : []))(dateTimeProblem(at, 'That time', 'it was done')),
    ];
    setProblems(found);
    if (found.length) {
      setTries((n) => n + 1);
      return;
    }
    void submit.run('deadline:recordFact', { caseId, kind: 'emergency-steps', at: fromLondonInput(at)!, note: emergencyNote(taken, note) }, () => setDone(true));
  };
  if (done) return <Notice tone="success" title="Emergency steps recorded" live>They are in the case’s chronology, and today’s item is met.</Notice>;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="emergency-title" className="panel">
      <h2 id="emergency-title">Record the emergency steps taken</h2>
      <ErrorSummary id="emergency-problems" problems={[...problems, ...(submit.error ? [{ message: submit.error }] : [])]} focusKey={tries} revealKey={submit.error} />
      <CheckboxGroup id="emergency-taken" legend="What was done?" options={OPTIONS} value={taken} onChange={setTaken} />
      <DateTimeField id="emergency-at" label="When" value={at} onChange={setAt} error={problems.find((p) => p.field === 'emergency-at')?.message} />
      <TextAreaField id="emergency-note" label="Note" hint="A police reference, who at the council, what was agreed." value={note} onChange={setNote} limit={1500} />
      <Button type="submit" busy={submit.busy} busyLabel="Saving…">
        Record the steps
      </Button>
    </form>
  );
}
