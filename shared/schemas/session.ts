import { z } from 'zod';
import { OfficeDetails } from './partners';
import { ACTIONS } from '../roles';
import { DisplayName, Id, Passphrase, RoleSchema, Username } from './common';

export const UserSummary = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
});
export type UserSummary = z.infer<typeof UserSummary>;

export const SessionInfo = z.object({
  user: UserSummary,
  permissions: z.array(z.enum(ACTIONS)),
  mustChangePassphrase: z.boolean(),
  recoveryKeyConfirmed: z.boolean(),
  idleLockMinutes: z.number().int().positive(),
  workspaceName: z.string(),
  /** The partners this person works for: forms offer only these. */
  partners: z.array(z.string()),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const WorkspaceStatus = z.object({
  /** false before first run: the UI shows the set-up screens. */
  exists: z.boolean(),
  workspaceName: z.string().nullable(),
  /** Set while a user is signed in but the workspace is locked (idle or by hand). */
  lockedUser: z.object({ username: z.string(), displayName: z.string() }).nullable(),
  signedIn: z.boolean(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

export const CreateWorkspaceInput = z
  .object({
    workspaceName: z.string().trim().min(1, 'Enter a name for this workspace (for example the office).').max(120),
    admin: z.object({ username: Username, displayName: DisplayName, passphrase: Passphrase }).strict(),
    /** The office's own partner and letterhead, so letters can be made from the start (issue 17). */
    office: OfficeDetails.optional(),
  })
  .strict();

export const CreateWorkspaceOutput = z.object({
  /** Shown once. Hearth keeps no copy it could show again. */
  recoveryKey: z.string(),
  session: SessionInfo,
});

export const SignInInput = z.object({ username: Username, passphrase: Passphrase }).strict();
export const UnlockInput = z.object({ passphrase: Passphrase }).strict();
export const ChangePassphraseInput = z.object({ current: Passphrase, next: Passphrase }).strict();
export const ConfirmRecoveryInput = z
  .object({ finalGroup: z.string().trim().min(1, 'Type the last group of the recovery key.').max(16) })
  .strict();
export const RecoverInput = z
  .object({ recoveryKey: z.string().trim().min(10).max(200), username: Username, newPassphrase: Passphrase })
  .strict();
