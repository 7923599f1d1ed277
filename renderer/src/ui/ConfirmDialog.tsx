import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  busyLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" in a modal dialog; focus starts on Cancel, the safe choice. */
export function ConfirmDialog({ title, children, confirmLabel, busy = false, busyLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog id="confirm-dialog" title={title} focusId="confirm-dialog-cancel" busy={busy} onCancel={onCancel}>
      {children}
      <div className="button-row">
        <Button variant="danger" busy={busy} busyLabel={busyLabel} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button id="confirm-dialog-cancel" variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
