import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import { fail, type Result } from '../../shared/result';
import { NODE_BASE64 } from '../wire/node-base64';
import type { Forward } from '../host/bridge';
import type { SenderVerdict } from '../ipc/dispatch';

/**
 * The Electron app on a PC that works on an office host (issue 22): each contract channel's ipcMain handler
 * judges its sender exactly as in single-PC mode, then hands the call to the same bridge browser mode uses
 * (main/host/bridge.ts, with drafts kept on the PC while the host is away) instead of to a local dispatch.
 * The renderer and preload are unchanged. File bytes cross as the wire's {"$bytes": base64} both ways, as
 * between browser mode and the host. Structural types, so a test can hand it a fake ipcMain.
 */
export interface IpcHandleLike<E> {
  handle(channel: string, listener: (event: E, input: unknown) => Promise<Result<unknown>>): void;
}

export function forwardIpcToHost<E>(ipc: IpcHandleLike<E>, channels: readonly string[], forward: Forward, judge: (event: E) => SenderVerdict): void {
  for (const channel of channels) {
    ipc.handle(channel, async (event, input) => {
      const verdict = judge(event);
      if (!verdict.trusted) return fail('foreign-sender', `Request refused: ${verdict.reason}`);
      const answer = await forward(channel, JSON.stringify(encodeWire(input ?? {}, NODE_BASE64)));
      try {
        return decodeWire(JSON.parse(answer), NODE_BASE64) as Result<unknown>;
      } catch {
        return fail('unavailable', 'The office host gave an answer Hearth could not read. Try again; if it goes on, ask the office administrator.');
      }
    });
  }
}
