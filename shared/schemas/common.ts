import { z } from 'zod';
import { ROLES } from '../roles';

/** Empty payloads are still checked: an unexpected key is a sign of a confused or hostile caller. */
export const Empty = z.object({}).strict();
export const Void = z.null();

export const Username = z
  .string()
  .trim()
  .min(2, 'A user name needs at least 2 characters.')
  .max(40, 'A user name can be at most 40 characters.')
  .regex(/^[a-z][a-z0-9._-]*$/, 'Use lower-case letters, digits, dots, hyphens or underscores, starting with a letter.');

export const DisplayName = z.string().trim().min(1, 'Enter the person’s name.').max(120);
export const Passphrase = z.string().min(1, 'Enter a passphrase.').max(1024);
export const RoleSchema = z.enum(ROLES);
export const Id = z.number().int().positive();
/** An absolute path on this computer, chosen by the user (backup folder, backup file). */
export const LocalPath = z.string().trim().min(1, 'Enter a folder or file path.').max(4096);
