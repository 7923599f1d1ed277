import { useState } from 'react';
import { PROTECTED_ROLES } from '../../../../../shared/domain/vocabulary';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { useSession } from '../../../hooks/useSession';
import { focusSoon } from '../../../ui/focus';
import { AddConsentForm } from './AddConsentForm';
import { ConsentTable } from './ConsentTable';

interface Props {
  view: CaseView;
  onDone: (message: string) => void;
}

/** P3.14: who each complainant, victim or witness has allowed, in writing, to learn their identity. */
export function ConsentsPanel({ view, onDone }: Props) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const people = view.parties.filter((p) => PROTECTED_ROLES.includes(p.role));
  const edit = can('cases.update');
  return (
    <div className="consents" id="consents">
      <div className="panel__head">
        <h3 id="consents-heading" tabIndex={-1}>
          Consent to share identity
        </h3>
        {edit && people.length > 0 && !adding && (
          <Button
            id="record-consent-button"
            small
            variant="secondary"
            onClick={() => {
              setAdding(true);
              focusSoon('add-consent-heading');
            }}
          >
            Record a consent
          </Button>
        )}
      </div>
      {view.consents.length === 0 ? (
        <p className="secondary-text">No written consent is recorded: the identities of complainants, victims and witnesses stay confidential.</p>
      ) : (
        <ConsentTable view={view} canWithdraw={edit} onWithdrawn={onDone} />
      )}
      {adding && (
        <AddConsentForm
          view={view}
          people={people}
          onCancel={() => {
            setAdding(false);
            focusSoon('record-consent-button');
          }}
          onSaved={(message) => {
            setAdding(false);
            focusSoon('record-consent-button');
            onDone(message);
          }}
        />
      )}
    </div>
  );
}
