import { z } from 'zod';
import { DisplayName, Id, LocalPath, Passphrase, RoleSchema, Username } from './common';

export const UserRecord = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  mustChangePassphrase: z.boolean(),
});
export type UserRecord = z.infer<typeof UserRecord>;

const PartnerCodes = z.array(z.string().regex(/^[A-Z0-9]{2,8}$/)).max(100);
export const UserWithPartners = UserRecord.extend({ partners: z.array(z.string()) });
export type UserWithPartners = z.infer<typeof UserWithPartners>;

export const AddUserInput = z
  .object({
    username: Username,
    displayName: DisplayName,
    role: RoleSchema,
    passphrase: Passphrase,
    /** The partners they work for; all active partners when left out. */
    partners: PartnerCodes.min(1, 'Choose at least one partner.').optional(),
  })
  .strict();
export const SetPartnersInput = z.object({ userId: Id, partners: PartnerCodes.min(1, 'Choose at least one partner.') }).strict();
export const SetRoleInput = z.object({ userId: Id, role: RoleSchema }).strict();
export const RemoveUserInput = z.object({ userId: Id }).strict();
/** An administrator's reset of someone else's passphrase (issue 17). */
export const ResetPassphraseInput = z.object({ userId: Id }).strict();
/** The one-time passphrase, shown once to the administrator; the person must choose their own at sign-in. */
export const ResetPassphraseOutput = z.object({ username: z.string(), oneTimePassphrase: z.string() });

export const Settings = z.object({
  idleLockMinutes: z.number().int().min(1, 'Lock after at least 1 minute.').max(240, 'Lock after at most 4 hours.'),
  /** Where a backup is written when the app closes; null means no scheduled backup. */
  backupFolder: z.string().nullable(),
  backupKeep: z.number().int().min(1).max(365),
  /** How long opening a restricted case with a reason keeps it open to that session (issue 13). */
  restrictedAccessMinutes: z.number().int().min(5, 'Keep a restricted case open for at least 5 minutes.').max(480, 'Keep a restricted case open for at most 8 hours.'),
});
export type Settings = z.infer<typeof Settings>;
export const UpdateSettingsInput = Settings.partial().strict();

export const AuditHead = z.object({ seq: z.number().int().nonnegative(), hash: z.string() });
export type AuditHead = z.infer<typeof AuditHead>;

export const BackupCreateInput = z.object({ folder: LocalPath.optional() }).strict();
export const BackupCreateOutput = z.object({ path: z.string(), bytes: z.number().int(), auditHead: AuditHead });
export const BackupRestoreInput = z.object({ path: LocalPath, passphrase: Passphrase }).strict();
export const BackupRestoreOutput = z.object({ restoredFrom: z.string(), auditHead: AuditHead, keptPrevious: z.string() });

/**
 * Which check: the whole chain from the first event (the default: the audit page, `hearth audit verify`), or
 * the quick one Home runs each time it is shown, from the last event a check found whole (issue 17).
 */
export const AuditVerifyInput = z.object({ sinceLastCheck: z.boolean().optional() }).strict();

export const AuditVerifyOutput = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  head: AuditHead,
  /** Where the chain first breaks, in words, when ok is false. */
  problem: z.string().nullable(),
  /** 0 when the whole chain was checked; else the check began after this event, which an earlier check found whole. */
  from: z.number().int(),
});
export type AuditVerifyOutput = z.infer<typeof AuditVerifyOutput>;

/** `hearth doctor`'s database-side checks (the key file and the lock are checked from the files themselves). */
export const DoctorOutput = z.object({
  /** SQLite's integrity_check of the live database: 'ok', or the first problems it lists. */
  database: z.object({ ok: z.boolean(), detail: z.string() }),
  audit: AuditVerifyOutput,
  /** The newest backup the audit log records (the app's, the CLI's, or on closing), or null for none. */
  lastBackup: z.object({ at: z.string(), path: z.string().nullable(), fileFound: z.boolean() }).nullable(),
  /** Current users with no key slot (they cannot sign in), and user slots with no current user (left over). */
  slots: z.object({ usersWithoutSlot: z.array(z.string()), slotsWithoutUser: z.array(z.string()) }),
});
export type DoctorOutput = z.infer<typeof DoctorOutput>;

export const AuditListInput = z
  .object({ limit: z.number().int().min(1).max(500).default(100), beforeSeq: Id.optional() })
  .strict();
export const AuditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.enum(['ok', 'denied', 'failed']),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
export { Passphrase };

/** Home's backup warning (issue 17): where backups go, the newest one the audit log records, and what to say. */
export const BackupStatus = z.object({
  folder: z.string().nullable(),
  lastBackupAt: z.string().nullable(),
  /** 'no-folder': none chosen; 'never': a folder but no backup yet; 'old': the last is over a week old. */
  warning: z.enum(['no-folder', 'never', 'old']).nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;
