import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useChange } from '../../hooks/useChange';
import type { StepProps } from './stepProps';

/** Taking the proposal back: the case is open again, and the proposal stays in the chronology. */
export function WithdrawProposal({ caseId, open, setOpen, onDone }: StepProps) {
  const submit = useChange();
  return (
    <>
      {open === null && (
        <p className="closure-withdraw">
          <Button small variant="secondary" onClick={() => setOpen('withdraw')}>
            Withdraw the proposal
          </Button>
        </p>
      )}
      {open === 'withdraw' && (
        <ConfirmDialog
          title="Withdraw the closure proposal?"
          confirmLabel="Withdraw the proposal"
          busy={submit.busy}
          busyLabel="Withdrawing…"
          onCancel={() => setOpen(null)}
          onConfirm={() => void submit.run('closure:withdraw', { caseId }, () => onDone('The closure proposal was withdrawn. The case is open.'))}
        >
          <p>The case goes back to open. The proposal stays in the chronology.</p>
          {submit.error && <p className="row-error" role="alert">{submit.error}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
