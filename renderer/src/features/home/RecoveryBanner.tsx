import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { ConfirmKeyForm } from '../setup';

/** Shown until someone confirms the recovery key was saved. It cannot be shown again, only confirmed. */
export function RecoveryBanner() {
  const { reloadSession } = useSession();
  return (
    <Notice tone="warning" title="The recovery key has not been confirmed">
      <p>
        When this workspace was set up, Hearth showed a recovery key once. It is the only way in if every passphrase is forgotten, and Hearth
        cannot show it again. Find the saved copy and type its last group of four characters to confirm it is safe.
      </p>
      <ConfirmKeyForm onConfirmed={() => void reloadSession()} submitLabel="Confirm the recovery key" />
    </Notice>
  );
}
