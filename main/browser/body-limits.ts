import { type Channel, contract } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import type { Core } from '../core';
import { can } from '../security/can';

/**
 * How large a request body browser mode will read, decided BEFORE a byte of it is read (issue 13,
 * finding 6: a signed-out client sent 120 MB of "[]" and the server read and parsed all of it, 106 s and
 * 4.1 GB). Only a signed-in person whose role may use a channel that carries files may send more than
 * 1 MiB, and then at most 2 MiB: one 1 MiB evidence part as base64 with its JSON. Nothing else needs
 * more: files larger than that arrive in parts (evidence:upload*), and the other file channels carry
 * bytes only in their answers (document exports, bundles, report PDFs).
 *
 * These are read-only looks at the contract, the session and can(); dispatch() still makes every
 * decision about the request itself once the body has been read.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BINARY_BODY_BYTES = 2 * 1024 * 1024;

export interface BodyLimit {
  limit: number;
  /** The status and answer for a body over the limit. */
  over: { status: number; result: Result<never> };
}

const sizeText = (limit: number) => (limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`);
const tooLarge = (limit: number): BodyLimit => ({
  limit,
  over: { status: 413, result: fail('bad-input', `The request is larger than this kind of request may be (${sizeText(limit)}).`) },
});

export function bodyLimitFor(core: Core, channel: string): BodyLimit {
  if (!Object.hasOwn(contract, channel)) {
    return { limit: MAX_BODY_BYTES, over: { status: 404, result: fail('bad-input', `There is no request called ${JSON.stringify(channel).slice(0, 60)}.`) } };
  }
  const spec = contract[channel as Channel] as { access: string; binary?: true };
  if (!spec.binary) return tooLarge(MAX_BODY_BYTES);
  const active = core.sessions.current();
  if (!active) {
    const locked = core.sessions.status().lockedUser !== null;
    return { limit: MAX_BODY_BYTES, over: { status: 401, result: fail('not-signed-in', locked ? 'The workspace is locked. Unlock it to carry on.' : 'Sign in first.') } };
  }
  if (spec.access !== 'public' && !can(active.user, spec.access as Parameters<typeof can>[1])) {
    return { limit: MAX_BODY_BYTES, over: { status: 403, result: fail('forbidden', 'Your role does not allow this. Ask an administrator if you need it.') } };
  }
  return tooLarge(MAX_BINARY_BODY_BYTES);
}
