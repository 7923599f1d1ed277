import { SessionManager, type SessionOptions } from './security/session';

/**
 * Everything a handler needs, made once per process: the Electron shell, browser mode and the CLI each
 * create one Core and put their transport in front of the same dispatch().
 */
export interface Core {
  sessions: SessionManager;
  now: () => Date;
  /** Operational log for developers: never personal data (the audit log is the record of who did what). */
  log: (message: string) => void;
}

export function createCore(options: SessionOptions & { log?: (message: string) => void }): Core {
  const sessions = new SessionManager(options);
  return { sessions, now: sessions.now, log: options.log ?? ((m) => process.stderr.write(`${m}\n`)) };
}
