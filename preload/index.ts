import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, splitChannel } from '../shared/ipc/channels';
import type { HearthApi } from '../shared/ipc/contract';

/**
 * The sandboxed preload (bundled into one CJS file: a sandboxed preload may only require 'electron').
 * It exposes window.hearth: one namespace per domain, one named function per verb, built from the
 * contract's channel names (shared/ipc/channels.ts, conventions §6.4; the contract is only a type here,
 * so neither zod nor the schemas are bundled in). Each function sends exactly its one input argument on
 * its own channel and returns the Result main answers with. Nothing raw crosses the bridge: no ipcRenderer, no
 * event objects, no generic invoke(channel) and no listeners (security.md §1 item 20).
 */
export function buildHearthApi(invoke: (channel: string, input: unknown) => Promise<unknown>): HearthApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = splitChannel(channel);
    const namespace = (api[domain] ??= {});
    namespace[verb] = (input?: unknown) => invoke(channel, input);
  }
  for (const namespace of Object.values(api)) Object.freeze(namespace);
  return Object.freeze(api) as unknown as HearthApi;
}

contextBridge.exposeInMainWorld(
  'hearth',
  buildHearthApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
