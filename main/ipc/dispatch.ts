import type { z } from 'zod';
import { type Channel, contract } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import type { Core } from '../core';
import { can } from '../security/can';
import type { Handler, HandlerContext } from './handler';
import { handlers } from './handlers';

/**
 * Who sent a request, as judged by its transport before dispatch: the Electron wrapper checks the
 * sender frame and origin, browser mode the token, Host and Origin, the CLI is the local user.
 */
export type SenderVerdict = { trusted: true; transport: 'electron' | 'http' | 'cli' } | { trusted: false; reason: string };

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

export function describeInputError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request was not valid. ${parts.join(' ')}`.trim();
}

/**
 * The one wrapper every request goes through (conventions §6.3, DESIGN §1), in this order:
 * the sender, the channel, the session, can() for the role, the input (zod), then the handler (which
 * asks can() again about the record it touches), the output check and the audit event. It never throws: the caller always gets a Result.
 */
export async function dispatch(core: Core, channel: string, rawInput: unknown, sender: SenderVerdict): Promise<Result<unknown>> {
  if (!sender.trusted) return fail('foreign-sender', `Request refused: ${sender.reason}`);
  if (!isChannel(channel)) return fail('bad-input', `There is no request called ${JSON.stringify(channel).slice(0, 60)}.`);
  const spec = contract[channel];

  const before = core.sessions.current();
  if (spec.access !== 'public' && !before) {
    const locked = core.sessions.status().lockedUser !== null;
    return fail('not-signed-in', locked ? 'The workspace is locked. Unlock it to carry on.' : 'Sign in first.');
  }

  let target: string | null = null;
  let extra: Record<string, string | number | boolean | null> = {};
  const audit = (outcome: 'ok' | 'denied' | 'failed', code?: string) => {
    if (spec.audit === 'never') return;
    const who = core.sessions.current()?.user ?? before?.user ?? null;
    try {
      core.sessions.audit({
        at: core.now().toISOString(),
        userId: who?.id ?? null,
        username: who?.username ?? null,
        action: channel,
        target,
        outcome,
        detail: code || Object.keys(extra).length ? { ...extra, ...(code ? { code } : {}) } : null,
      });
    } catch (error) {
      core.log(`dispatch: could not write the audit event for ${channel}: ${(error as Error).message}`);
    }
  };

  if (spec.access !== 'public' && !can(before?.user, spec.access)) {
    audit('denied');
    return fail('forbidden', 'Your role does not allow this. Ask an administrator if you need it.');
  }

  // Parsed after can(): a caller who may not use a channel learns nothing from its validation messages.
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('bad-input', describeInputError(parsed.error));

  // Only a signed-in person's own requests count as activity: the renderer polls workspace:status, and
  // if that kept the session alive the idle lock would never fire.
  if (spec.access !== 'public') core.sessions.touch();
  const ctx: HandlerContext = { core, setAuditTarget: (t) => (target = t), setAuditDetail: (d) => (extra = { ...extra, ...d }) };
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, ctx);
    const output = spec.output.safeParse(value);
    if (!output.success) {
      core.log(`dispatch: ${channel} returned a value outside its contract: ${output.error.message}`);
      audit('failed', 'internal');
      return fail('internal', 'Hearth produced an unexpected answer. Nothing more was changed; please report this.');
    }
    audit('ok');
    return ok(output.data);
  } catch (error) {
    if (error instanceof AppError) {
      audit('failed', error.code);
      return fail(error.code, error.message);
    }
    core.log(`dispatch: ${channel} failed: ${(error as Error).stack ?? String(error)}`);
    audit('failed', 'internal');
    return fail('internal', 'Something went wrong inside Hearth. Your last change may not have been saved; please try again.');
  }
}
