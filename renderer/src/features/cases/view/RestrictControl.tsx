import { useState } from 'react';
import type { CaseHeader } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { useChange } from '../../../hooks/useChange';
import { ReasonDialog } from '../../../ui/ReasonDialog';

interface Props {
  header: CaseHeader;
  onDone: (message: string) => void;
}

/** Managers restrict a case (e.g. a member of staff is involved): from then on every opening needs a reason. */
export function RestrictControl({ header, onDone }: Props) {
  const [asking, setAsking] = useState(false);
  const submit = useChange();
  const restrict = !header.restricted;
  const confirm = (reason: string) =>
    void submit.run('case:restrict', { id: header.id, restricted: restrict, reason },
      () => {
        setAsking(false);
        onDone(restrict ? `${header.ref} is now restricted.` : `${header.ref} is no longer restricted.`);
      },
    );
  return (
    <>
      <Button small variant="secondary" onClick={() => setAsking(true)}>
        {restrict ? 'Restrict this case' : 'Lift the restriction'}
      </Button>
      {asking && (
        <ReasonDialog
          id="restrict"
          title={restrict ? `Restrict ${header.ref}?` : `Lift the restriction on ${header.ref}?`}
          label={restrict ? 'Why is the case restricted?' : 'Why can the restriction be lifted?'}
          confirmLabel={restrict ? 'Restrict the case' : 'Lift the restriction'}
          busy={submit.busy}
          error={submit.error}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        >
          <p>
            {restrict
              ? 'Everyone, including you, will have to give a reason each time they open it. The reasons are kept in the audit log.'
              : 'Anyone who works for this partner will be able to open it without giving a reason.'}
          </p>
        </ReasonDialog>
      )}
    </>
  );
}
