import { type FormEvent, useState } from 'react';
import { EQUALITY_FIELDS, type EqualityField } from '../../../../../shared/domain/vocabulary';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/SelectField';
import { useChange } from '../../../hooks/useChange';
import { EQUALITY_QUESTIONS, equalityOptions } from './equalityOptions';

interface Props {
  partyId: number;
  who: string;
  onSaved: () => void;
  onCancel: () => void;
}

const blank = () => Object.fromEntries(EQUALITY_FIELDS.map((f) => [f, ''])) as Record<EqualityField, string>;

/** One person's monitoring answers. Write-only: they go to main and never come back to this screen. */
export function EqualityForm({ partyId, who, onSaved, onCancel }: Props) {
  const [answers, setAnswers] = useState(blank);
  const submit = useChange();
  const prefix = `equality-${partyId}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const data = Object.fromEntries(EQUALITY_FIELDS.map((f) => [f, answers[f] || null])) as Record<EqualityField, string | null>;
    void submit.run('equality:record', { partyId, data }, onSaved);
  };
  return (
    <form className="equality-form" noValidate onSubmit={onSubmit} aria-label={`Equality monitoring for ${who}`}>
      <ErrorSummary id={`${prefix}-problems`} problems={submit.error ? [{ message: submit.error }] : []} revealKey={submit.error} />
      <div className="field-grid">
        {EQUALITY_QUESTIONS.map((q) => (
          <SelectField key={q.field} id={`${prefix}-${q.field}`} label={q.label} value={answers[q.field]} onChange={(v) => setAnswers((a) => ({ ...a, [q.field]: v }))} options={equalityOptions(q.answers)} />
        ))}
      </div>
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          Save the answers for {who}
        </Button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
