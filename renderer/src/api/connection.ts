import type { Result } from '../../../shared/result';

/**
 * Where this PC stands with its office host (issue 22), learned from the answers themselves: the bridge in
 * main marks a refusal that is about the connection (shared/result.ts `office`), and any other answer means
 * the host answered. A PC working on its own workspace never leaves 'connected'.
 *
 * - connecting: a retry is on its way (or the app is opening on a PC that works on a host);
 * - unreachable: the host did not answer; work stays on this PC and is offered back when it returns;
 * - certificate-changed: the host showed another certificate; Hearth refuses, and offers no way round it;
 * - device-locked: this PC's own key is still locked: the window asks for this PC's passphrase first.
 */
export type HostConnection =
  | { kind: 'connected' }
  | { kind: 'connecting' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'certificate-changed'; message: string }
  | { kind: 'device-locked'; message: string };

let state: HostConnection = { kind: 'connected' };
let everRefused = false;
const listeners = new Set<() => void>();

function set(next: HostConnection): void {
  // Once refused for its certificate, this window never carries on: only a restart after re-enrolling does.
  if (everRefused) return;
  if (next.kind === 'certificate-changed') everRefused = true;
  state = next;
  for (const l of listeners) l();
}

/** Every answer passes here (api/hearth.ts). */
export function noteAnswer(result: Result<unknown>): void {
  const trouble = result.ok ? undefined : result.error.office;
  if (trouble === 'certificate-changed') set({ kind: 'certificate-changed', message: result.ok ? '' : result.error.message });
  else if (trouble === 'device-locked') set({ kind: 'device-locked', message: result.ok ? '' : result.error.message });
  else if (trouble === 'unreachable') set({ kind: 'unreachable', message: result.ok ? '' : result.error.message });
  else if (state.kind !== 'connected') set({ kind: 'connected' });
}

/** A retry is on its way: said until its answer comes. */
export function noteConnecting(): void {
  set({ kind: 'connecting' });
}

export const hostConnection = (): HostConnection => state;

export function subscribeHostConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: a fresh window. */
export function resetHostConnection(): void {
  everRefused = false;
  state = { kind: 'connected' };
  for (const l of listeners) l();
}
