import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button';
import { ErrorSummary, type FormProblem } from './ErrorSummary';
import { policyWords } from '../../../shared/domain/policy-paragraphs';

interface Props {
  id: string;
  title: string;
  problems: readonly FormProblem[];
  focusKey: number;
  serverError: string | null;
  busy: boolean;
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of each "add to the case" form: its heading, error summary, fields, and Save / Cancel. */
export function EntryForm({ id, title, problems, focusKey, serverError, busy, saveLabel, onSubmit, onCancel, children }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="entry-form" id={id} noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {policyWords(title)}
      </h3>
      <ErrorSummary id={`${id}-problems`} problems={problems} focusKey={focusKey} revealKey={serverError} />
      {children}
      <div className="button-row">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {saveLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
