import { ipcMain, type WebContents } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Core } from '../core';
import { dispatch } from '../ipc/dispatch';
import type { Forward } from '../host/bridge';
import { forwardIpcToHost } from './ipc-forward';
import { judgeElectronSender } from './sender-check';

/**
 * electron-store registers a synchronous ipcMain listener ('electron-store-get-data') in its constructor
 * so renderer-side stores can ask for the user-data path. Hearth never uses electron-store in a renderer,
 * so that raw channel is removed: every channel the renderer can reach goes through the wrapper below.
 */
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/**
 * THE only place ipcMain is used (eslint enforces it; conventions §6.3). One handle() per channel of the
 * contract, each judging its sender first and then calling the same dispatch() as browser mode and the
 * CLI, which validates the session, the input (zod) and can(), and always answers with a Result.
 * Call after the window-state store exists (see ELECTRON_STORE_CHANNEL).
 */
export function registerIpc(core: Core, isOurWindow: (sender: WebContents) => boolean): void {
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(core, channel, input, judgeElectronSender(event, isOurWindow)));
  }
}

/**
 * On a PC that works on an office host (issue 22): the same one handle() per channel, the same sender check,
 * each call forwarded to the host by the bridge (main/app/ipc-forward.ts) instead of a local dispatch().
 */
export function registerHostIpc(forward: Forward, isOurWindow: (sender: WebContents) => boolean): void {
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  forwardIpcToHost(ipcMain, CHANNELS, forward, (event) => judgeElectronSender(event, isOurWindow));
}
