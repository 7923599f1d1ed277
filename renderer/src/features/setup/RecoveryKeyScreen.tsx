import { AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { ConfirmKeyForm } from './ConfirmKeyForm';
import { RecoveryKeyBox } from './RecoveryKeyBox';

interface Props {
  recoveryKey: string;
  workspaceName: string;
  onConfirmed: () => void;
}

/** Shown once, straight after set-up. There is no way past it without typing back the key's last group. */
export function RecoveryKeyScreen({ recoveryKey, workspaceName, onConfirmed }: Props) {
  return (
    <AuthLayout wide>
      <Heading>Save your recovery key</Heading>
      <p className="lede">The workspace is ready. Before you go on, keep a copy of its recovery key.</p>
      <RecoveryKeyBox recoveryKey={recoveryKey} workspaceName={workspaceName} />
      <ul>
        <li>Print it or write it down now, and store it somewhere safe away from this computer, such as a locked cabinet.</li>
        <li>It is shown only this once. Hearth keeps no copy it could show you again.</li>
        <li>If every passphrase is forgotten, this key is the only way to open the workspace and its records.</li>
        <li>Anyone holding it can open the workspace, so guard it as you would the case files.</li>
      </ul>
      <div className="button-row">
        <Button variant="secondary" onClick={() => window.print()}>
          Print the recovery key
        </Button>
      </div>
      <div className="card__footer">
        <ConfirmKeyForm onConfirmed={onConfirmed} submitLabel="Confirm and continue" />
      </div>
    </AuthLayout>
  );
}
