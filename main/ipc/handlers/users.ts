import { passphraseProblem } from '../../../shared/passphrase';
import { AppError } from '../../../shared/result';
import {
  countCurrentAdmins,
  findCurrentUserById,
  findCurrentUserByName,
  insertUser,
  listCurrentUsers,
  markUserRemoved,
  updateUserRole,
  allActivePartnerCodes,
  listUserPartners,
  setUserPartners,
} from '../../db/queries/users';
import type { ReadableDB } from '../../db/connection';
import { activeSession, type HandlerMap, staged } from '../handler';

type UserChannels = 'users:list' | 'users:add' | 'users:setRole' | 'users:remove' | 'users:setPartners';

function assertKnownPartners(db: ReadableDB, partners: readonly string[]): void {
  const known = new Set(allActivePartnerCodes(db));
  const unknown = partners.filter((p) => !known.has(p));
  if (unknown.length) throw new AppError('bad-input', `There is no active partner with the code ${unknown.join(', ')}.`);
}

const LAST_ADMIN = 'Hearth needs at least one administrator: make someone else an administrator first.';

export const userHandlers: HandlerMap<UserChannels> = {
  'users:list': (_input, ctx) => {
    const { db } = activeSession(ctx).ws;
    return listCurrentUsers(db).map((u) => ({ ...u, partners: listUserPartners(db, u.id) }));
  },

  'users:setPartners': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const target = findCurrentUserById(ws.db, input.userId);
    if (!target) throw new AppError('not-found', 'That user no longer exists.');
    ctx.setAuditTarget(`user:${target.id}`);
    assertKnownPartners(ws.db, input.partners);
    setUserPartners(ws.db, target.id, input.partners);
    ctx.core.sessions.refreshUser();
    return null;
  },

  'users:add': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const problem = passphraseProblem(input.passphrase, input.username);
    if (problem) throw new AppError('bad-input', problem);
    if (findCurrentUserByName(ws.db, input.username)) throw new AppError('conflict', `There is already a user called ${input.username}.`);
    // The row and the key slot go together: if writing the slot fails, the transaction undoes the row.
    const user = ws.db.transaction(() => {
      const created = insertUser(ws.db, {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        createdAt: ctx.core.now().toISOString(),
        // The admin chose this passphrase, so the person sets their own at first sign-in.
        mustChangePassphrase: true,
      });
      const partners = input.partners ?? allActivePartnerCodes(ws.db);
      assertKnownPartners(ws.db, partners);
      setUserPartners(ws.db, created.id, partners);
      ws.addUserSlot(input.username, input.passphrase);
      return created;
    })();
    ctx.setAuditTarget(`user:${user.id}`);
    return user;
  },

  'users:setRole': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const target = findCurrentUserById(ws.db, input.userId);
    if (!target) throw new AppError('not-found', 'That user no longer exists.');
    ctx.setAuditTarget(`user:${target.id}`);
    if (target.role === 'admin' && input.role !== 'admin' && countCurrentAdmins(ws.db) <= 1) throw new AppError('conflict', LAST_ADMIN);
    updateUserRole(ws.db, target.id, input.role);
    ctx.core.sessions.refreshUser();
    return { ...target, role: input.role };
  },

  // Staged: re-keying rewrites the database file and cannot run inside a transaction. It goes first (once
  // it returns, the removed person's copy of the key opens nothing); the removal and its event then commit.
  'users:remove': staged((input, ctx) => {
    const { ws, user: me } = activeSession(ctx);
    const target = findCurrentUserById(ws.db, input.userId);
    if (!target) throw new AppError('not-found', 'That user no longer exists.');
    ctx.setAuditTarget(`user:${target.id}`);
    if (target.id === me.id) throw new AppError('conflict', 'You cannot remove your own account. Ask another administrator.');
    if (target.role === 'admin' && countCurrentAdmins(ws.db) <= 1) throw new AppError('conflict', LAST_ADMIN);
    // Re-key first: once it returns, the removed person's key slot is gone and their old copy opens nothing.
    // It needs the database file alone: a worker with its own connection (the sign-in refresh) stops first.
    ctx.core.jobs.releaseDatabase();
    ws.removeUserAndRekey(target.username);
    ctx.commit(() => markUserRemoved(ws.db, target.id, ctx.core.now().toISOString()));
    return null;
  }),
};
