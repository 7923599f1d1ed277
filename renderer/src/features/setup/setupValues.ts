import { DisplayName, Username } from '../../../../shared/schemas/common';
import { CreateWorkspaceInput } from '../../../../shared/schemas/session';
import { issueOf } from '../../ui/forms/issueOf';
import { newPassphraseErrors } from '../../ui/forms/newPassphrase';
import type { Problems } from '../../hooks/useForm';

export interface SetupValues {
  workspaceName: string;
  displayName: string;
  username: string;
  passphrase: string;
  confirm: string;
}

export const EMPTY_SETUP: SetupValues = { workspaceName: '', displayName: '', username: '', passphrase: '', confirm: '' };

/** The same rules main applies (the shared schemas), checked here first so the answer is instant. */
export function setupErrors(v: SetupValues): Problems<SetupValues> {
  const pass = newPassphraseErrors(v.passphrase, v.confirm, v.username.trim());
  return {
    workspaceName: issueOf(CreateWorkspaceInput.shape.workspaceName, v.workspaceName),
    displayName: v.displayName.trim() ? issueOf(DisplayName, v.displayName) : 'Enter your full name.',
    username: v.username.trim() ? issueOf(Username, v.username) : 'Choose a user name.',
    passphrase: pass.next,
    confirm: pass.confirm,
  };
}
