import type { z } from 'zod';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import type { CaseActions } from '../../../../../shared/schemas/actions';
import { ConfirmationForm } from './ConfirmationForm';
import { ConfirmationList } from './ConfirmationList';

interface Props {
  view: CaseView;
  confirmations: z.output<typeof CaseActions>['confirmations'];
  nameOf: (partyId: number) => string;
  canEdit: boolean;
  /** The person the open form is for ('' for anyone), or null when the form is closed. */
  openFor: string | null;
  onOpen: (partyId: string) => void;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Confirmations that someone threatened or committed harassment (P5.4), beside the warnings that need them. */
export function Confirmations({ view, confirmations, nameOf, canEdit, openFor, onOpen, onClose, onSaved }: Props) {
  return (
    <div className="confirmations" role="group" aria-labelledby="confirmations-heading">
      <div className="panel__head">
        <h3 id="confirmations-heading">Confirmations of harassment (Policy 5.4)</h3>
        {canEdit && openFor === null && (
          <Button id="record-confirmation-button" small variant="secondary" onClick={() => onOpen('')}>
            Record a confirmation
          </Button>
        )}
      </div>
      <ConfirmationList confirmations={confirmations} nameOf={nameOf} />
      {openFor !== null && <ConfirmationForm key={openFor} view={view} partyId={openFor} onSaved={onSaved} onCancel={onClose} />}
    </div>
  );
}
