import { AppError } from '../../../shared/result';
import { DEFAULT_HOST_PORT } from '../../../shared/schemas/host';
import { countAllowedDevices, readAuthority } from '../../host/store';
import { hostStatusOf, nameDevice, newEnrolment, prepareAuthority, storeAuthority, withdrawDevice } from '../../host/service';
import { activeSession, type HandlerContext, type HandlerMap, staged } from '../handler';

type HostChannels = 'host:status' | 'host:setUp' | 'host:enrolmentCode' | 'host:nameDevice' | 'host:revokeDevice' | 'host:connected' | 'host:serve' | 'device:unlock';

function statusFor(ctx: HandlerContext) {
  const { db } = activeSession(ctx).ws;
  return hostStatusOf(db, { serving: ctx.core.office !== undefined, connected: ctx.core.office?.connected() ?? [] });
}

/** The office host's certificate authority and enrolled PCs (issue 22; docs/office-host.md). */
export const hostHandlers: HandlerMap<HostChannels> = {
  'host:status': (_input, ctx) => statusFor(ctx),
  // Staged: making keys and signing certificates awaits WebCrypto; the result and its event commit together.
  'host:setUp': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const existing = readAuthority(ws.db);
    const prepared = await prepareAuthority(existing, input.officeName, input.addresses, ctx.core.now());
    ctx.setAuditDetail({ addresses: prepared.addresses.join(' '), newAuthority: existing === null });
    ctx.commit(() => storeAuthority(ws.db, prepared, existing !== null, user.id));
    return statusFor(ctx);
  }),
  'host:enrolmentCode': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const made = newEnrolment(ws.db, user.id, input.deviceName, ctx.core.now());
    ctx.setAuditTarget(`enrolment:${made.expiresAt}`);
    return made;
  },
  'host:nameDevice': (input, ctx) => {
    ctx.setAuditTarget(`device:${input.serial}`);
    nameDevice(activeSession(ctx).ws.db, input.serial, input.name);
    return null;
  },
  'host:revokeDevice': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`device:${input.serial}`);
    withdrawDevice(ws.db, input.serial, user.id, ctx.core.now());
    // Sessions already open from that PC end now, not at its next request.
    ctx.core.office?.endDevice(input.serial);
    return null;
  },
  'host:connected': (_input, ctx) => {
    activeSession(ctx);
    return connectedNow(ctx);
  },
  // Staged: starting the TLS server awaits; it writes nothing but its audit event.
  'host:serve': staged(async (input, ctx) => {
    const { ws } = activeSession(ctx);
    const hosting = ctx.core.hosting;
    if (!hosting) throw new AppError('unavailable', 'This program cannot host the office. On the host computer, run hearth serve --workspace FOLDER --listen ADDRESS:PORT.');
    if (!input.on) {
      await hosting.stop();
      return connectedNow(ctx);
    }
    const authority = readAuthority(ws.db);
    if (!authority) throw new AppError('guard', 'Set up this workspace as a host first: that makes the certificates the PCs will check.');
    const address = input.address ?? authority.addresses[0]!;
    if (!authority.addresses.includes(address)) {
      throw new AppError('bad-input', `The host’s certificate is for ${authority.addresses.join(', ')}, not ${address}. Add ${address} to the host’s addresses first, or choose one of those.`);
    }
    const port = input.port ?? DEFAULT_HOST_PORT;
    ctx.setAuditDetail({ listen: `${address}:${port}` });
    await hosting.start({ host: address, port });
    return connectedNow(ctx);
  }),
  // Reached only where no PC's bridge answered it first (main/host/device-lock.ts): a single PC or the host.
  'device:unlock': () => {
    throw new AppError('unavailable', 'This computer works on its own workspace, not on an office host: it has no PC key to unlock. Sign in with your user name instead.');
  },
};

function connectedNow(ctx: HandlerContext) {
  const { db } = activeSession(ctx).ws;
  return { serving: ctx.core.office !== undefined, port: ctx.core.office?.port ?? null, connected: ctx.core.office?.connected() ?? [], enrolled: countAllowedDevices(db) };
}


