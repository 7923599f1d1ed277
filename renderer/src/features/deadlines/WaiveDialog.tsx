import { useState } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { useChange } from '../../hooks/useChange';

export interface WaiveTarget {
  caseId: number;
  ref: string;
  ruleId: string;
  occurrence: number;
  label: string;
  dueAt: string;
}

interface Props {
  target: WaiveTarget;
  onWaived: (target: WaiveTarget) => void;
  onCancel: () => void;
}

const MIN_REASON = 10;

/** A manager waives one due item; the reason is required, kept on the case and audited. */
export function WaiveDialog({ target, onWaived, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();

  const confirm = () => {
    const trimmed = reason.trim();
    if (trimmed.length < MIN_REASON) {
      setProblem(`Give a reason of at least ${MIN_REASON} characters. It is kept on the case and in the audit log.`);
      document.getElementById('waive-reason')?.focus();
      return;
    }
    setProblem(null);
    const { caseId, ruleId, occurrence } = target;
    void submit.run('deadline:waive', { caseId, ruleId, occurrence, reason: trimmed }, () => onWaived(target));
  };

  return (
    <ConfirmDialog title="Waive this deadline?" confirmLabel="Waive the deadline" busy={submit.busy} busyLabel="Waiving…" onConfirm={confirm} onCancel={onCancel}>
      <p>
        <strong>{target.label}</strong>
        {target.ref && ` on case ${target.ref}`}, due {formatDateTime(target.dueAt)}.
      </p>
      <p>A waived deadline no longer counts as overdue. The reason is shown on the case with your name.</p>
      <TextField
        id="waive-reason"
        label="Why is it being waived?"
        hint="At least 10 characters, for example: the complainant asked us not to call until after the hearing."
        value={reason}
        onChange={(value) => {
          setReason(value);
          setProblem(null);
        }}
        error={problem}
        autoComplete="off"
      />
      <div aria-live="assertive">{submit.error && <p className="row-error">{submit.error}</p>}</div>
    </ConfirmDialog>
  );
}
