import type { Result } from '../../shared/result';
import { AppError } from '../../shared/result';
import { PassphraseThrottle } from '../security/throttle';
import type { Forward } from './bridge';
import { clientOfDevice } from './client';
import { type EnrolledDevice, readDeviceFile } from './device-file';

/**
 * A PC's device key, locked until its passphrase is given in the app (issue 22). The Electron app and browser
 * mode on a PC start with this PC's key still encrypted in its device file (hearth enrol); every call the
 * renderer makes is answered "device-locked" (shared/result.ts), and the window asks for the passphrase. The
 * renderer sends it on device:unlock, which this wrapper answers itself: it is never forwarded to the host
 * (the host has no use for it, and it must not leave the PC). Wrong passphrases are slowed as at sign-in (the
 * throttle's counters kept beside the device file, so quitting does not reset them); the scrypt cost of each
 * try is the floor beneath. HEARTH_DEVICE_PASSPHRASE still unlocks it at start, for headless use and tests.
 */
export const DEVICE_UNLOCK = 'device:unlock';
const BUCKET = 'device';

type Client = { device: EnrolledDevice; forward: Forward; close(): void };

const answer = (result: Result<unknown>) => JSON.stringify(result);

export function lockedDevice(file: string, options: { passphrase?: string; now?: () => number; connect?: (file: string, device: EnrolledDevice) => Client } = {}) {
  const now = options.now ?? Date.now;
  const connect = options.connect ?? clientOfDevice;
  const throttle = new PassphraseThrottle(now, { file: `${file}.attempts` });
  let client: Client | null = options.passphrase ? connect(file, readDeviceFile(file, options.passphrase)) : null;

  const unlock = (body: string): string => {
    if (client) return answer({ ok: true, value: { deviceName: client.device.deviceName, hostUrl: client.device.hostUrl } });
    let passphrase: unknown;
    try {
      passphrase = (JSON.parse(body) as { passphrase?: unknown }).passphrase;
    } catch {
      passphrase = undefined;
    }
    if (typeof passphrase !== 'string' || passphrase.length === 0) return answer({ ok: false, error: { code: 'bad-input', message: 'Enter this PC’s passphrase: the one chosen when the PC was enrolled (hearth enrol).', office: 'device-locked' } });
    try {
      throttle.assertAllowed(BUCKET);
      const device = readDeviceFile(file, passphrase);
      throttle.recordSuccess(BUCKET);
      client = connect(file, device);
      return answer({ ok: true, value: { deviceName: device.deviceName, hostUrl: device.hostUrl } });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'wrong-passphrase') throttle.recordFailure(BUCKET);
      // Still locked: the window keeps asking (the office mark keeps it on its screen), with the reason.
      return answer({ ok: false, error: { code: error.code, message: error.message, office: 'device-locked' } });
    }
  };

  const forward: Forward = async (channel, body) => {
    if (channel === DEVICE_UNLOCK) return unlock(body);
    if (client) return client.forward(channel, body);
    return answer({
      ok: false,
      error: { code: 'unavailable', message: 'This PC’s Hearth key is locked. Enter this PC’s passphrase (the one chosen when it was enrolled) to connect to the office host.', office: 'device-locked' },
    });
  };

  return {
    forward,
    unlocked: () => client !== null,
    close: () => client?.close(),
  };
}
