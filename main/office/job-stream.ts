import type { ServerResponse } from 'node:http';
import type { Core } from '../core';
import { dispatch, type SenderVerdict } from '../ipc/dispatch';
import type { JobStatus } from '../../shared/schemas/jobs';
import { SECURITY_HEADERS } from '../browser/security-headers';

/**
 * A job's progress pushed to the PC that asked (issue 22 item 5; docs/office-host.md). Instead of the
 * screen's job:status polls crossing the LAN every 300–500 ms, the PC's bridge (main/host/job-follow.ts)
 * opens one stream per job: POST /jobs/<id>/events answers as server-sent events, one `data:` line with the
 * job's status at once and then at each change, and ends after the job's last status. The stream is opened
 * through dispatch's own job:status, so it is refused exactly where that call is (another user, or a case
 * the user may no longer see: 404; no session, or a session token from another PC: 401); and it ends when the PC's session locks or ends or
 * the PC is revoked, checked at each change and at each heartbeat.
 */
export const JOB_STREAM_PATH = /^\/jobs\/([a-f0-9]{16,64})\/events$/;

/** A comment line every so often: the PC notices a stream that has silently gone, the host a PC that has. */
export const HEARTBEAT_MS = 15_000;

export interface JobStreamRequest {
  /** The request's Core, its sessions the PC's session view. */
  core: Core;
  sender: SenderVerdict;
  jobId: string;
  /** Whether the PC and its user may still be told anything (not revoked, signed in, not locked). */
  stillAllowed: () => boolean;
  heartbeatMs?: number;
}

const NOT_FOUND_STATUS: Record<string, number> = { 'not-found': 404, 'not-signed-in': 401, forbidden: 403 };

export async function streamJob(res: ServerResponse, r: JobStreamRequest): Promise<void> {
  const first = await dispatch(r.core, 'job:status', { jobId: r.jobId }, r.sender);
  // The PC may have gone while that was answered: its close has been and gone, so nothing would end the stream.
  if (res.destroyed || !res.socket || res.socket.destroyed) return;
  const active = r.core.sessions.current();
  if (!first.ok || !active) {
    const refusal = first.ok ? { ok: false, error: { code: 'not-signed-in', message: 'Sign in first.' } } : first;
    const body = JSON.stringify(refusal);
    res.writeHead(first.ok ? 401 : (NOT_FOUND_STATUS[first.error.code] ?? 403), { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  const owner = { userId: active.user.id, workspaceId: active.ws.workspaceId };
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
  res.flushHeaders();

  let pending: JobStatus | null = null;
  let unwatch: () => void = () => undefined;
  const timer = setInterval(() => {
    if (!r.stillAllowed()) return finish();
    res.write(': still here\n\n');
  }, r.heartbeatMs ?? HEARTBEAT_MS);
  timer.unref();
  const finish = () => {
    unwatch();
    clearInterval(timer);
    if (!res.writableEnded) res.end();
  };
  /** Several changes in one turn of the event loop go as one event: the newest status. */
  const flush = () => {
    const status = pending;
    pending = null;
    if (!status || res.writableEnded) return;
    if (!r.stillAllowed()) return finish();
    // On a single PC the screen's polls keep the session awake while it watches a job; here they stay on
    // the PC, so each status pushed counts instead.
    r.core.sessions.touch();
    res.write(`data: ${JSON.stringify(status)}\n\n`);
    if (status.state !== 'running') finish();
  };
  const push = (status: JobStatus) => {
    if (pending === null) setImmediate(flush);
    pending = status;
  };

  try {
    // Read again and watched in one turn, so no change falls between what was sent and what is watched.
    push(r.core.jobs.status(r.jobId, owner));
    unwatch = r.core.jobs.watch(r.jobId, owner, push);
  } catch {
    return finish();
  }
  res.on('close', finish);
}
