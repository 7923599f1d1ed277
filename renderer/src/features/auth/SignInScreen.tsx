import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/session';
import { AuthLayout } from '../../ui/AuthLayout';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { RecoverForm } from './RecoverForm';
import { SignInForm } from './SignInForm';
import { worksOnOfficeHost } from '../../api/hearth';

interface Props {
  /** A message from what just happened, e.g. "You have signed out." */
  notice: string | null;
  onSignedIn: (session: SessionInfo) => void;
}

/** Sign in, or (passphrase forgotten) reset it with the workspace's recovery key. */
export function SignInScreen({ notice, onSignedIn }: Props) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) {
    return (
      <AuthLayout>
        <Heading>Reset your passphrase</Heading>
        <p>If you have forgotten your passphrase, the workspace’s recovery key lets you choose a new one. Your administrator keeps the key.</p>
        <RecoverForm onRecovered={onSignedIn} onCancel={() => setRecovering(false)} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <Heading>Sign in to Hearth</Heading>
      {notice && (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <SignInForm onSignedIn={onSignedIn} />
      <div className="card__footer">
        {worksOnOfficeHost() ? (
          // The recovery key stays on the office host: a PC cannot use it (the host refuses), an administrator resets it.
          <p>Forgotten your passphrase? Ask your office’s Hearth administrator to reset it for you.</p>
        ) : (
          <button type="button" className="link-button" onClick={() => setRecovering(true)}>
            Forgotten your passphrase?
          </button>
        )}
      </div>
    </AuthLayout>
  );
}
