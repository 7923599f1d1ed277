import { DisplayName, Username } from '../../../../shared/schemas/common';
import { CreateWorkspaceInput } from '../../../../shared/schemas/session';
import { issueOf } from '../../ui/forms/issueOf';
import { newPassphraseErrors } from '../../ui/forms/newPassphrase';
import type { Problems } from '../../hooks/useForm';
import { OfficeDetails } from '../../../../shared/schemas/partners';
import { schemaProblems } from '../../ui/forms/problems';

export interface SetupValues {
  workspaceName: string;
  displayName: string;
  username: string;
  passphrase: string;
  confirm: string;
  /** The office's own partner code, or '' to choose later; then its letterhead. */
  office: string;
  officeAddress: string;
  officePostcode: string;
  officePhone: string;
  officeEmail: string;
}

export const EMPTY_SETUP: SetupValues = { workspaceName: '', displayName: '', username: '', passphrase: '', confirm: '', office: '', officeAddress: '', officePostcode: '', officePhone: '', officeEmail: '' };

/** The office's letterhead as main takes it, or undefined when it is left for later. */
export function officeOf(v: SetupValues): OfficeDetails | undefined {
  if (!v.office) return undefined;
  return { partner: v.office, address: v.officeAddress.split('\n').map((l) => l.trim()).filter(Boolean).join(', '), postcode: v.officePostcode, phone: v.officePhone, email: v.officeEmail };
}

const OFFICE_FIELDS = { address: 'officeAddress', postcode: 'officePostcode', phone: 'officePhone', email: 'officeEmail', partner: 'office' } as const;

function officeErrors(v: SetupValues): Problems<SetupValues> {
  const office = officeOf(v);
  if (!office) return {};
  return schemaProblems(OfficeDetails, office, (path) => {
    const field = OFFICE_FIELDS[String(path[0]) as keyof typeof OFFICE_FIELDS];
    return field ? { field } : null;
  }) as Problems<SetupValues>;
}

/** The same rules main applies (the shared schemas), checked here first so the answer is instant. */
export function setupErrors(v: SetupValues): Problems<SetupValues> {
  const pass = newPassphraseErrors(v.passphrase, v.confirm, v.username.trim());
  return {
    workspaceName: issueOf(CreateWorkspaceInput.shape.workspaceName, v.workspaceName),
    displayName: v.displayName.trim() ? issueOf(DisplayName, v.displayName) : 'Enter your full name.',
    username: v.username.trim() ? issueOf(Username, v.username) : 'Choose a user name.',
    passphrase: pass.next,
    confirm: pass.confirm,
    ...officeErrors(v),
  };
}
