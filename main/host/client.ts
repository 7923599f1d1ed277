import { hostBridge } from './bridge';
import { downloadInParts } from './chunked-downloads';
import { keepDraftsOnThisPc, LocalDraftStore } from './client-drafts';
import type { EnrolledDevice } from './device-file';

/**
 * A PC that works on an office host (issue 22), as browser mode and the Electron app both start it once its
 * device file is unlocked (./device-lock.ts asks for the passphrase in the window): the bridge to the host
 * named in the device file, evidence downloaded in parts, and drafts kept on the PC, encrypted beside its
 * enrolment, while the host cannot be reached.
 */
export function clientOfDevice(deviceFile: string, device: EnrolledDevice) {
  const bridge = hostBridge(device);
  const forward = keepDraftsOnThisPc(downloadInParts(bridge.forward), new LocalDraftStore(`${deviceFile}.drafts`, device.keyPem));
  return { device, forward, close: () => bridge.close() };
}
