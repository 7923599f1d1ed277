import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { passphraseProblem } from '../../shared/passphrase';
import { AppError } from '../../shared/result';
import type { UserRecord } from '../../shared/schemas/admin';
import type { OfficeDetails } from '../../shared/schemas/partners';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { setMeta } from '../db/queries/meta';
import { setLetterhead } from '../db/queries/partners';
import { allActivePartnerCodes, insertUser, setUserPartners } from '../db/queries/users';
import { createSlot, newKeyring, type SlotCost, writeKeyring } from './keyring';
import { OpenWorkspace } from './open-workspace';
import { restrictToOwner, timestampForFile, workspaceExists, workspacePaths } from './paths';
import { newRecoveryKey, recoveryCheck, finalGroup } from './recovery-key';

export interface CreateWorkspaceInit {
  workspaceName: string;
  admin: { username: string; displayName: string; passphrase: string };
  /** The office's own partner letterhead, asked for at set-up (issue 17); later on the Partners screen. */
  office?: OfficeDetails;
  now: Date;
  /** Tests lower the KDF cost; production always uses the default (scrypt N=2^17). */
  slotCost?: SlotCost;
}

export interface CreatedWorkspace {
  open: OpenWorkspace;
  admin: UserRecord;
  recoveryKey: string;
}

export function createWorkspace(dir: string, init: CreateWorkspaceInit): CreatedWorkspace {
  if (workspaceExists(dir)) throw new AppError('conflict', `There is already a Hearth workspace in ${dir}.`);
  const problem = passphraseProblem(init.admin.passphrase, init.admin.username);
  if (problem) throw new AppError('bad-input', problem);

  const paths = workspacePaths(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  restrictToOwner(dir);
  // A database without its key file is from an interrupted set-up: its key never reached disk, so it can
  // never be opened. Move it aside rather than delete it, in case someone wants to look.
  if (existsSync(paths.db)) renameSync(paths.db, `${paths.db}.orphan-${timestampForFile(init.now)}`);

  const masterKey = randomBytes(32);
  const workspaceId = randomUUID();
  const recoveryKey = newRecoveryKey();
  let keyring = newKeyring(workspaceId);
  const adminSlot = createSlot(keyring, { kind: 'user', username: init.admin.username, secret: init.admin.passphrase, masterKey, cost: init.slotCost });
  const recoverySlot = createSlot(keyring, { kind: 'recovery', username: null, secret: recoveryKey, masterKey, cost: init.slotCost });
  keyring = { ...keyring, slots: [adminSlot, recoverySlot] };

  const db = openDatabase(paths.db, masterKey, { create: true });
  let admin: UserRecord;
  try {
    migrate(db);
    const at = init.now.toISOString();
    admin = db.transaction(() => {
      setMeta(db, 'workspace_id', workspaceId);
      setMeta(db, 'workspace_name', init.workspaceName);
      setMeta(db, 'created_at', at);
      setMeta(db, 'audit_key', randomBytes(32).toString('hex'));
      setMeta(db, 'recovery_check', recoveryCheck(workspaceId, finalGroup(recoveryKey)));
      // The creation itself is audited by the dispatcher, like every other request.
      const user = insertUser(db, { username: init.admin.username, displayName: init.admin.displayName, role: 'admin', createdAt: at, mustChangePassphrase: false });
      setUserPartners(db, user.id, allActivePartnerCodes(db));
      if (init.office && !setLetterhead(db, init.office.partner, init.office)) throw new AppError('bad-input', `There is no partner with the code ${init.office.partner}: choose one of the group’s partners.`);
      return user;
    })();
    // The key file is written last: until it exists the workspace does not exist (workspaceExists).
    writeKeyring(paths.keyring, keyring);
  } catch (error) {
    db.close();
    throw error;
  }
  return { open: new OpenWorkspace(db, masterKey, keyring, paths, init.slotCost), admin, recoveryKey };
}
