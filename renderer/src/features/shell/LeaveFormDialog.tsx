import { useState } from 'react';
import { formsWithChanges, saveOpenForms } from '../../hooks/draftRegistry';
import { useHeldNavigation } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** Where the list of forms is said in words: "report", "report and contact on C33-2026-0042". */
export const listed = (labels: readonly string[]) => (labels.length <= 1 ? (labels[0] ?? 'form') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`);

/**
 * Leaving a page (Back, Forward, the menu) while a form holds changes asks first (issue 17). Either way
 * nothing is lost: leaving keeps the form as a draft, offered back when it is opened again.
 */
export function LeaveFormDialog() {
  const held = useHeldNavigation();
  const [busy, setBusy] = useState(false);
  if (!held) return null;
  const what = listed(formsWithChanges());
  const leave = async () => {
    setBusy(true);
    await saveOpenForms();
    setBusy(false);
    held.leave();
  };
  return (
    <Dialog id="leave-form-dialog" title={`Leave the unsaved ${what}?`} focusId="leave-form-stay" busy={busy} onCancel={held.stay}>
      <p>You have not saved the {what} yet. If you leave, it is kept as a draft for you and offered back when you open the form again.</p>
      <div className="button-row">
        <Button id="leave-form-stay" onClick={held.stay}>
          Stay on the form
        </Button>
        <Button variant="secondary" busy={busy} busyLabel="Keeping the draft…" onClick={() => void leave()}>
          Leave the page
        </Button>
      </div>
    </Dialog>
  );
}
