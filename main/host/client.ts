import { hostBridge } from './bridge';
import { downloadInParts } from './chunked-downloads';
import { keepDraftsOnThisPc, LocalDraftStore } from './client-drafts';
import { type EnrolledDevice, readDeviceFile } from './device-file';

/**
 * A PC that works on an office host (issue 22), as browser mode and the Electron app both start it: the
 * bridge to the host named in the device file, evidence downloaded in parts, and drafts kept on the PC,
 * encrypted beside its enrolment, while the host cannot be reached. The device file's key is decrypted with
 * the passphrase chosen at `hearth enrol` (main/host/device-file.ts).
 */
export function clientOfOfficeHost(deviceFile: string, passphrase: string) {
  return clientOfDevice(deviceFile, readDeviceFile(deviceFile, passphrase));
}

/** The same, for a device file already unlocked (./device-lock.ts asks for its passphrase in the app). */
export function clientOfDevice(deviceFile: string, device: EnrolledDevice) {
  const bridge = hostBridge(device);
  const forward = keepDraftsOnThisPc(downloadInParts(bridge.forward), new LocalDraftStore(`${deviceFile}.drafts`, device.keyPem));
  return { device, forward, close: () => bridge.close() };
}
