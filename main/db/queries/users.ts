import type { Role } from '../../../shared/roles';
import type { UserRecord } from '../../../shared/schemas/admin';
import type { ReadableDB, WritableDB } from '../connection';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  created_at: string;
  must_change_passphrase: number;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  createdAt: r.created_at,
  mustChangePassphrase: r.must_change_passphrase === 1,
});

const COLUMNS = 'id, username, display_name, role, created_at, must_change_passphrase';

export function listCurrentUsers(db: ReadableDB): UserRecord[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM users WHERE removed_at IS NULL ORDER BY display_name`).all() as UserRow[]).map(toUser);
}

export function findCurrentUserByName(db: ReadableDB, username: string): UserRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM users WHERE username = ? AND removed_at IS NULL`).get(username) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function findCurrentUserById(db: ReadableDB, id: number): UserRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ? AND removed_at IS NULL`).get(id) as UserRow | undefined;
  return row ? toUser(row) : null;
}

export function insertUser(
  db: WritableDB,
  u: { username: string; displayName: string; role: Role; createdAt: string; mustChangePassphrase: boolean },
): UserRecord {
  const info = db
    .prepare('INSERT INTO users (username, display_name, role, created_at, must_change_passphrase) VALUES (?, ?, ?, ?, ?)')
    .run(u.username, u.displayName, u.role, u.createdAt, u.mustChangePassphrase ? 1 : 0);
  return { id: Number(info.lastInsertRowid), ...u };
}

export function updateUserRole(db: WritableDB, id: number, role: Role): void {
  db.prepare('UPDATE users SET role = ? WHERE id = ? AND removed_at IS NULL').run(role, id);
}

export function markUserRemoved(db: WritableDB, id: number, at: string): void {
  db.prepare('UPDATE users SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(at, id);
}

export function setMustChangePassphrase(db: WritableDB, id: number, value: boolean): void {
  db.prepare('UPDATE users SET must_change_passphrase = ? WHERE id = ?').run(value ? 1 : 0, id);
}

export function countCurrentAdmins(db: ReadableDB): number {
  return (db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND removed_at IS NULL").get() as { n: number }).n;
}

export function listUserPartners(db: ReadableDB, userId: number): string[] {
  return (db.prepare('SELECT partner FROM user_partners WHERE user_id = ? ORDER BY partner').all(userId) as { partner: string }[]).map((r) => r.partner);
}

/** Replaces the partners a user works for; unknown partner codes are refused by the foreign key. */
export function setUserPartners(db: WritableDB, userId: number, partners: readonly string[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM user_partners WHERE user_id = ?').run(userId);
    const add = db.prepare('INSERT INTO user_partners (user_id, partner) VALUES (?, ?)');
    for (const p of new Set(partners)) add.run(userId, p);
  })();
}

export function allActivePartnerCodes(db: ReadableDB): string[] {
  return (db.prepare('SELECT code FROM partners WHERE active = 1 ORDER BY code').all() as { code: string }[]).map((r) => r.code);
}
