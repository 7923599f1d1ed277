import { randomBytes, timingSafeEqual } from 'node:crypto';
import { renameSync } from 'node:fs';
import { AppError } from '../../shared/result';
import { fsyncDirectory } from '../fs/atomic-write';
import { rekeyDatabase, type WritableDB } from '../db/connection';
import {
  createSlot,
  findUserSlot,
  type Keyring,
  resealAll,
  rewrapSlot,
  type SlotCost,
  spendUnlockCost,
  unlockSlot,
  writeKeyring,
} from './keyring';
import type { WorkspacePaths } from './paths';

/**
 * An unlocked workspace: the database handle and the master key, held only in memory until close().
 * Everything that changes key slots goes through here so the key file and the database stay in step.
 */
export class OpenWorkspace {
  #masterKey: Buffer;
  #keyring: Keyring;
  #closed = false;

  constructor(
    readonly db: WritableDB,
    masterKey: Buffer,
    keyring: Keyring,
    readonly paths: WorkspacePaths,
    readonly slotCost?: SlotCost,
  ) {
    this.#masterKey = masterKey;
    this.#keyring = keyring;
  }

  get workspaceId(): string {
    return this.#keyring.workspaceId;
  }

  get keyring(): Readonly<Keyring> {
    return this.#keyring;
  }

  /** Needed to open a backup copy for verification; never leaves the main process. */
  get masterKey(): Buffer {
    if (this.#closed) throw new AppError('not-signed-in', 'The workspace is locked.');
    return this.#masterKey;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Proves a user's passphrase against the open workspace: it must open their key slot to this very
   * database key. The office host's sign-in (issue 22): the database is already open, so the passphrase is
   * checked, never used to open it again. The same time is spent when there is no such user.
   */
  provePassphrase(username: string, passphrase: string): void {
    const wrong = new AppError('wrong-passphrase', 'The user name or passphrase is not right. Check Caps Lock and try again.');
    const slot = findUserSlot(this.#keyring, username);
    if (!slot) {
      spendUnlockCost(this.#keyring, passphrase);
      throw wrong;
    }
    let opened: { masterKey: Buffer; privateKey: Buffer };
    try {
      opened = unlockSlot(this.#keyring, slot, passphrase);
    } catch (error) {
      throw error instanceof AppError && error.code === 'wrong-passphrase' ? wrong : error;
    }
    const key = this.masterKey;
    const same = opened.masterKey.length === key.length && timingSafeEqual(opened.masterKey, key);
    opened.masterKey.fill(0);
    opened.privateKey.fill(0);
    if (!same) throw wrong;
  }

  addUserSlot(username: string, passphrase: string): void {
    if (findUserSlot(this.#keyring, username)) throw new AppError('conflict', `There is already a key for ${username}.`);
    const slot = createSlot(this.#keyring, { kind: 'user', username, secret: passphrase, masterKey: this.#masterKey, cost: this.slotCost });
    this.#save({ ...this.#keyring, slots: [...this.#keyring.slots, slot] });
  }

  /** Re-wraps the user's own key pair under the new passphrase; the master key is unchanged. */
  changePassphrase(username: string, current: string, next: string): void {
    const slot = findUserSlot(this.#keyring, username);
    if (!slot) throw new AppError('not-found', `There is no key for ${username}.`);
    const { privateKey } = unlockSlot(this.#keyring, slot, current);
    const rewrapped = rewrapSlot(this.#keyring, slot, privateKey, next, this.slotCost);
    this.#save({ ...this.#keyring, slots: this.#keyring.slots.map((s) => (s.id === slot.id ? rewrapped : s)) });
  }

  /** After unlocking with the recovery key: a fresh slot for the user, under a new passphrase. */
  replaceUserSlot(username: string, passphrase: string): void {
    const slot = createSlot(this.#keyring, { kind: 'user', username, secret: passphrase, masterKey: this.#masterKey, cost: this.slotCost });
    this.#save({ ...this.#keyring, slots: [...this.#keyring.slots.filter((s) => !(s.kind === 'user' && s.username === username)), slot] });
  }

  /**
   * Removing a user re-keys the database (DESIGN §2), so a copy of their old slot and passphrase opens
   * nothing. Crash order: the new key file is written beside the old one first, then the database is
   * re-keyed, then the new key file replaces the old. If the process dies in between, unlock finds the
   * pending file and uses whichever of the two opens the database (unlock.ts).
   */
  removeUserAndRekey(username: string): void {
    const newKey = randomBytes(32);
    const next = resealAll(this.#keyring, newKey, (s) => !(s.kind === 'user' && s.username === username));
    writeKeyring(this.paths.pendingKeyring, next);
    rekeyDatabase(this.db, newKey);
    renameSync(this.paths.pendingKeyring, this.paths.keyring);
    fsyncDirectory(this.paths.dir);
    this.#masterKey.fill(0);
    this.#masterKey = newKey;
    this.#keyring = next;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.db.close();
    } finally {
      // Drop the key: the buffer is zeroed so it does not linger in memory after the lock.
      this.#masterKey.fill(0);
    }
  }

  #save(next: Keyring): void {
    writeKeyring(this.paths.keyring, next);
    this.#keyring = next;
  }
}
