import type { z } from 'zod';
import { caseScopeOf } from '../../shared/ipc/case-scope';
import { type Channel, contract } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import type { Core } from '../core';
import { forgetSubmittedDrafts } from '../drafts/service';
import type { AuditInput } from '../security/audit';
import type { WritableDB } from '../db/connection';
import { can } from '../security/can';
import { AuditFailure, checkedOutput, OutputOutsideContract, type Recorder, runAtomic, runStaged } from './audited-run';
import { mustChangePassphraseFirst, PASSPHRASE_CHANGE_REQUIRED } from './forced-change';
import { type Handler, type HandlerContext, isStaged } from './handler';
import { handlers } from './handlers';
import { checkCaseScope, type CaseVerdict } from './record-access';

/**
 * Who sent a request, as judged by its transport before dispatch: the Electron wrapper checks the
 * sender frame and origin, browser mode the token, Host and Origin, the CLI is the local user.
 */
export type SenderVerdict = { trusted: true; transport: 'electron' | 'http' | 'cli' } | { trusted: false; reason: string };

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/** What a transport may add to a request (the office host: main/office/server.ts). */
export interface DispatchOptions {
  /**
   * Runs inside the transaction that commits the request's change and its audit event, after both, with
   * how many rows the change itself wrote: the host records the request's idempotency key there, so a
   * change cannot commit without it (a retry after a dropped connection is then applied once).
   */
  inTransaction?: (db: WritableDB, changedRows: number) => void;
}

export function describeInputError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The request was not valid. ${parts.join(' ')}`.trim();
}

/**
 * HEARTH_TIMINGS=1: each request's time in the main process, from dispatch to its answer, in the log
 * (the channel and milliseconds, nothing of the input). The UI bench reads them to tell the main
 * process's share of a screen's time from the renderer's and the browser's.
 */
const TIMINGS = process.env.HEARTH_TIMINGS === '1';

const AUDIT_FAILED =
  'Hearth could not write this to the audit log, so nothing was changed or shown. Check that the disk has free space, then try again; if it keeps happening, tell your administrator.';

/**
 * The one wrapper every request goes through (conventions §6.3, DESIGN §1), in this order: the sender,
 * the channel, the session, can() for the role, the forced passphrase change, the input (zod), the case
 * the input names (partner scope, legal referral, the restricted-case grant: record-access.ts), then the
 * handler and its audit event, committed together (audited-run.ts). It never throws: the caller always
 * gets a Result.
 */
export async function dispatch(core: Core, channel: string, rawInput: unknown, sender: SenderVerdict, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!TIMINGS) return dispatchRequest(core, channel, rawInput, sender, options);
  const started = performance.now();
  const result = await dispatchRequest(core, channel, rawInput, sender, options);
  core.log(`timing: ${isChannel(channel) ? channel : '(unknown)'} ${(performance.now() - started).toFixed(1)} ms`);
  return result;
}

async function dispatchRequest(core: Core, channel: string, rawInput: unknown, sender: SenderVerdict, options: DispatchOptions): Promise<Result<unknown>> {
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
  const recorder: Recorder = {
    event: (outcome, code): AuditInput => {
      const who = core.sessions.current()?.user ?? before?.user ?? null;
      // On an office host every event names the PC too (issue 22); the embedded mode's one PC is implicit.
      const device = core.sessions.device;
      if (device) extra = { ...extra, device: device.serial, deviceName: device.name };
      return {
        at: core.now().toISOString(),
        userId: who?.id ?? null,
        username: who?.username ?? null,
        action: channel,
        target,
        outcome,
        detail: code || Object.keys(extra).length ? { ...extra, ...(code ? { code } : {}) } : null,
      };
    },
  };
  /** A refusal's event, written on its own: the request is refused whether or not it can be written. */
  const refuse = (outcome: 'denied' | 'failed', code: string, message: string): Result<never> => {
    if (spec.audit !== 'never') {
      try {
        core.sessions.audit(recorder.event(outcome, code));
      } catch (error) {
        core.log(`dispatch: could not write the audit event for ${channel}: ${(error as Error).message}`);
      }
    }
    return fail(code as never, message);
  };

  if (spec.access !== 'public' && !can(before?.user, spec.access)) return refuse('denied', 'forbidden', 'Your role does not allow this. Ask an administrator if you need it.');
  if (spec.access !== 'public' && mustChangePassphraseFirst(before, channel)) return refuse('denied', 'passphrase-change-required', PASSPHRASE_CHANGE_REQUIRED);

  // Parsed after can(): a caller who may not use a channel learns nothing from its validation messages.
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('bad-input', describeInputError(parsed.error));

  // Only a signed-in person's own requests count as activity: the renderer polls workspace:status, and
  // if that kept the session alive the idle lock would never fire.
  if (spec.access !== 'public') core.sessions.touch();

  let verdict: CaseVerdict | null = null;
  if (before && spec.access !== 'public') {
    try {
      verdict = checkCaseScope(before, spec.access, caseScopeOf(channel, parsed.data as never), core);
    } catch (error) {
      if (!(error instanceof AppError)) return unexpected(core, channel, error, refuse);
      return refuse('denied', error.code, error.message);
    }
    target = verdict.audit.target;
    extra = { ...verdict.audit.detail };
  }

  const handler = handlers[channel] as Handler<Channel>;
  const ctx: Omit<HandlerContext, 'commit'> = {
    core,
    case: verdict?.facts ?? null,
    setAuditTarget: (t) => (target = t),
    setAuditDetail: (d) => (extra = { ...extra, ...d }),
  };
  try {
    let value: unknown;
    if (spec.audit === 'never') value = checkedOutput(spec, await handler(parsed.data as never, { ...ctx, commit: (write) => write() }));
    else {
      const run = { core, channel, spec, handler, input: parsed.data, ctx, recorder, session: before, inTransaction: options.inTransaction };
      value = spec.access === 'public' || isStaged(handler) ? await runStaged(run) : runAtomic(run);
    }
    verdict?.afterSuccess();
    if (before) forgetSubmitted(core, before, channel, verdict?.facts?.id ?? null);
    return ok(value);
  } catch (error) {
    if (error instanceof AuditFailure) {
      core.log(`dispatch: the audit event for ${channel} could not be written: ${error.message}`);
      return refuse('failed', 'audit-failed', AUDIT_FAILED);
    }
    if (error instanceof OutputOutsideContract) {
      core.log(`dispatch: ${channel} returned a value outside its contract: ${error.message}`);
      return refuse('failed', 'internal', 'Hearth produced an unexpected answer. Nothing more was changed; please report this.');
    }
    if (error instanceof AppError) return refuse('failed', error.code, error.message);
    return unexpected(core, channel, error, refuse);
  }
}

/**
 * A form submitted drops its draft (issue 17). After the change has committed, and never its failure:
 * a draft left behind is offered again, which is better than a saved change reported as failed.
 */
function forgetSubmitted(core: Core, session: NonNullable<ReturnType<Core['sessions']['current']>>, channel: Channel, caseId: number | null): void {
  try {
    forgetSubmittedDrafts(session.ws.db, session.user.id, channel, caseId);
  } catch (error) {
    core.log(`dispatch: could not drop the draft that ${channel} submitted: ${(error as Error).message}`);
  }
}

function unexpected(core: Core, channel: Channel, error: unknown, refuse: (outcome: 'failed', code: string, message: string) => Result<never>): Result<never> {
  core.log(`dispatch: ${channel} failed: ${(error as Error).stack ?? String(error)}`);
  return refuse('failed', 'internal', 'Something went wrong inside Hearth. Your last change may not have been saved; please try again.');
}
