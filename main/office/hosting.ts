import { AppError } from '../../shared/result';
import type { Core, HostingControl } from '../core';
import { OfficeSessions } from '../host/sessions';
import type { SessionManager } from '../security/session';
import { type HostServer, startHostServer } from './server';
import { startHostTimers } from './timers';

/**
 * "Host this workspace for the office" from the app itself (issue 22): the app or browser mode that has the
 * workspace open starts the office host's TLS server in its own process, so a small office needs no
 * command line. The channel host:serve reaches it through Core.hosting, which the app and browser mode set
 * (main/ipc may not import this folder). The host is the administrator's open session: when it locks or
 * signs out, every PC's session ends with it (docs/office-host.md).
 */
export function appHosting(core: Core): HostingControl {
  let running: { server: HostServer; office: OfficeSessions; stopTimers: () => void } | null = null;

  const stop = async () => {
    if (!running) return;
    const { server, office, stopTimers } = running;
    running = null;
    stopTimers();
    office.stopIdleTimer();
    office.endAll();
    delete core.office;
    await server.close();
  };

  return {
    async start(listen) {
      if (running) throw new AppError('conflict', `This workspace is already served to the office on port ${running.server.port}. Switch hosting off first.`);
      const office = new OfficeSessions(core.sessions as SessionManager);
      let server: HostServer;
      try {
        server = await startHostServer(core, office, listen);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new AppError('conflict', `Port ${listen.port} on ${listen.host} is in use by another program. Choose another port.`);
        if (code === 'EADDRNOTAVAIL') throw new AppError('bad-input', `${listen.host} is not an address of this computer. Give this computer’s address on the office network.`);
        throw error;
      }
      office.port = server.port;
      office.startIdleTimer();
      core.office = office;
      running = { server, office, stopTimers: startHostTimers(core, office) };
      return server.port;
    },
    stop,
  };
}
