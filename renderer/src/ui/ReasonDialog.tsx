import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorSummary } from './ErrorSummary';
import { TextAreaField } from './TextAreaField';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
  label: string;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  /** main's answer when it refused the reason. */
  error?: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const MIN = 10;

/**
 * A modal question that needs a written reason (opening or restricting a restricted case; the reason is
 * audited), in the same modal Dialog as ConfirmDialog: the page behind is inert and Escape cancels.
 */
export function ReasonDialog({ id, title, children, label, confirmLabel, cancelLabel = 'Cancel', busy = false, error = null, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = reason.trim().length < MIN ? `Give a reason of at least ${MIN} characters; it is recorded in the audit log.` : null;
    setProblem(found);
    if (found) return setAttempts((n) => n + 1);
    onConfirm(reason.trim());
  };

  const problems = [...(problem ? [{ field: `${id}-reason`, message: problem }] : []), ...(error ? [{ message: error }] : [])];
  return (
    <Dialog id={id} title={title} focusId={`${id}-reason`} busy={busy} calm onCancel={onCancel}>
      {children}
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary id={`${id}-problems`} problems={problems} focusKey={attempts} revealKey={error} />
        <TextAreaField id={`${id}-reason`} label={label} rows={3} value={reason} onChange={(v) => {
            setReason(v);
            setProblem(null);
          }} error={problem} maxLength={500} />
        <div className="button-row">
          <Button type="submit" busy={busy} busyLabel="Please wait…">
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
