import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button';
import { ErrorSummary, type FormProblem } from './ErrorSummary';

interface Props {
  id: string;
  /** The form's own problems, each linked to its field. */
  problems: readonly FormProblem[];
  /** Changes on each submit the form's own checks stopped, so the summary takes focus. */
  focusKey: number;
  /** What main answered when the change was refused; shown in the same summary. */
  serverError: string | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  /** 'danger' for a change that cannot be undone (deleting a case). */
  submitVariant?: 'primary' | 'danger';
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The form inside a dialog that records something (sent, returned post, a fact that meets a deadline, a
 * disposal, a hold): one error summary for the form's and main's problems, the fields, then Record / Cancel.
 * One frame so every such dialog reports problems and cancels the same way.
 */
export function DialogForm({ id, problems, focusKey, serverError, busy, submitLabel, busyLabel, submitVariant = 'primary', onSubmit, onCancel, children }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary id={`${id}-problems`} problems={[...problems, ...(serverError ? [{ message: serverError }] : [])]} focusKey={focusKey} revealKey={serverError} />
      {children}
      <div className="button-row">
        <Button type="submit" variant={submitVariant} busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
