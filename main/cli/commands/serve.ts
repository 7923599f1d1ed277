import { isIP } from 'node:net';
import type { Command } from 'commander';
import type { ConnectedView } from '../../../shared/schemas/host';
import { backupOnClose } from '../../backup/scheduled';
import { startHostServer } from '../../office/server';
import { startHostTimers } from '../../office/timers';
import { OfficeSessions } from '../../host/sessions';
import type { SessionManager } from '../../security/session';
import { asFailure, call, note, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';
import { warmTemplatesInBackground } from '../../documents/templates-warm-up';

interface ServeOptions {
  listen: string;
  office?: string;
  enrol?: string;
}

/** "192.168.1.20:8443", "hearth-host:8443" or "[::1]:8443" → the address and the port. */
export function parseListen(text: string): { host: string; port: number } {
  const match = text.trim().match(/^\[?([^\]]+?)\]?:(\d{1,5})$/);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !(port >= 0 && port <= 65535)) {
    throw new CliFailure('bad-input', `--listen takes ADDRESS:PORT, such as 192.168.1.20:8443 (you gave “${text}”).`);
  }
  const host = match[1]!;
  if (!isIP(host) && !/^[A-Za-z0-9.-]+$/.test(host)) throw new CliFailure('bad-input', `“${host}” is not an IP address or a computer name.`);
  return { host, port };
}

const describeConnected = (list: ConnectedView[]) =>
  list.length === 0 ? 'nobody' : list.map((c) => `${c.displayName} (${c.username}) on ${c.deviceName}${c.locked ? ', locked' : ''}`).join('; ');

function stopSignal(io: CliIo): Promise<void> {
  if (io.stopSignal) return io.stopSignal();
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/**
 * `hearth serve --workspace DIR --listen ADDRESS:PORT` (issue 22): the office host without a window. It
 * holds the workspace lock, is unlocked by an administrator at start, sets up the host's CA the first time
 * (or a new server certificate when the address is new), serves the IPC contract over mutual TLS to enrolled
 * PCs only, and says who is connected as it changes. Ctrl+C ends every session and closes the workspace.
 */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve this workspace to the office’s enrolled PCs over mutual TLS (an administrator unlocks it)')
    .requiredOption('--listen <address:port>', 'the LAN address and port the PCs will use, such as 192.168.1.20:8443 (port 0: any free port)')
    .option('--office <name>', 'the office’s name in its certificates, at first set-up (default: the workspace’s name)')
    .option('--enrol <pc name>', 'print a one-time code (valid 15 minutes) to enrol a PC of this name')
    .action((options: ServeOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        const listen = parseListen(options.listen);
        const { info } = await signIn(ctx);
        let status = await call(ctx, 'host:status', {});
        if (!status.setUp || !status.addresses.includes(listen.host)) {
          status = await call(ctx, 'host:setUp', { officeName: options.office ?? info.workspaceName, addresses: [...status.addresses, listen.host] });
        }
        const office = new OfficeSessions(ctx.core.sessions as SessionManager);
        ctx.core.office = office;
        office.startIdleTimer();
        let server;
        try {
          server = await startHostServer(ctx.core, office, listen);
        } catch (error) {
          throw asFailure(error);
        }
        office.port = server.port;
        const stopTimers = startHostTimers(ctx.core, office);
        // The PCs' first letters do not wait for the default templates' check (issue 17).
        warmTemplatesInBackground((m) => note(ctx, m));
        note(ctx, `Serving “${info.workspaceName}” to the office at ${server.url}`);
        note(ctx, `The host’s certificate authority: ${status.caFingerprint}`);
        if (options.enrol) {
          const code = await call(ctx, 'host:enrolmentCode', { deviceName: options.enrol });
          note(ctx, `Enrolment code for ${code.deviceName}: ${code.code} (once, within 15 minutes)`);
        }
        note(ctx, 'Press Ctrl+C to stop: every session on the PCs ends and the workspace is closed.');
        let last = describeConnected([]);
        const watch = setInterval(() => {
          const now = describeConnected(office.connected());
          if (now !== last) note(ctx, `Connected: ${now}`);
          last = now;
        }, 1000);
        try {
          await stopSignal(io);
        } finally {
          clearInterval(watch);
          stopTimers();
          office.stopIdleTimer();
          // As the app does when it closes: a backup, when a folder is set.
          const backup = backupOnClose(ctx.core);
          if (backup) note(ctx, `Backed up to ${backup}`);
          office.endAll();
          await server.close();
          note(ctx, 'Stopped serving the workspace.');
        }
      }),
    );
}
