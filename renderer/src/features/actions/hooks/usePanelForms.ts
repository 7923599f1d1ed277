import { useState } from 'react';
import { focusSoon } from '../../../ui/focus';

/**
 * Which of the actions panel's forms are open: "Take an action", and the confirmation form (P5.4) that
 * a blocked written warning opens beside it. Focus follows: into a form as it opens, back as it closes.
 */
export function usePanelForms(changed: (message: string) => void) {
  const [adding, setAdding] = useState(false);
  const [confirmFor, setConfirmFor] = useState<string | null>(null);
  /** The injunction being edited (issue 15), by its action id. */
  const [editing, setEditing] = useState<number | null>(null);
  return {
    adding,
    confirmFor,
    editing,
    startEditing: (actionId: number) => {
      setEditing(actionId);
      focusSoon(`edit-action-${actionId}-heading`);
    },
    stopEditing: (actionId: number, message?: string) => {
      setEditing(null);
      focusSoon(`action-${actionId}-heading`);
      if (message) changed(message);
    },
    startAdding: () => {
      setAdding(true);
      focusSoon('new-action-heading');
    },
    stopAdding: (focusId: string, message?: string) => {
      setAdding(false);
      focusSoon(focusId);
      if (message) changed(message);
    },
    openConfirmation: (partyId: string) => {
      setConfirmFor(partyId);
      focusSoon('confirmation-form-heading');
    },
    closeConfirmation: (message?: string) => {
      setConfirmFor(null);
      focusSoon(adding ? 'new-action-heading' : 'record-confirmation-button');
      if (message) changed(adding ? `${message} Now record the action.` : message);
    },
  };
}
