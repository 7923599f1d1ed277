import type { HearthApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge). Absent in browser mode. */
    hearth?: HearthApi;
  }
}

export {};
