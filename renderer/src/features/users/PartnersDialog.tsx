import { useState } from 'react';
import type { UserWithPartners } from '../../../../shared/schemas/admin';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PartnerChoice } from './PartnerChoice';

interface Props {
  user: UserWithPartners;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Which partners' cases someone works on (at least one); they see no other partner's cases. */
export function PartnersDialog({ user, onSaved, onCancel }: Props) {
  const [partners, setPartners] = useState<string[]>(user.partners);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();
  const save = () => {
    if (!partners.length) return setProblem('Choose at least one partner.');
    void submit.run('users:setPartners', { userId: user.id, partners }, () => onSaved(`${user.displayName} now works for ${partners.join(', ')}.`));
  };
  return (
    <Dialog id="user-partners" title={`Partners for ${user.displayName}`} focusId="user-partners-save" busy={submit.busy} onCancel={onCancel}>
      <PartnerChoice id="user-partners-choice" value={partners} onChange={(p) => (setPartners(p), setProblem(null))} error={problem ?? submit.error} />
      <div className="button-row">
        <Button id="user-partners-save" busy={submit.busy} busyLabel="Saving…" onClick={save}>
          Save partners
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={submit.busy}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
