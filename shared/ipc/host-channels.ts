import { Empty, Void } from '../schemas/common';
import { EvidenceContentPart, EvidenceContentPartInput } from '../schemas/evidence';
import { DeviceRenameInput, DeviceSerialInput, DeviceUnlocked, DeviceUnlockInput, EnrolmentCode, EnrolmentCodeInput, HostConnected, HostServeInput, HostSetUpInput, HostStatus } from '../schemas/host';
import { spec } from './channel-spec';

/**
 * Issue 22: the office host's channels, an administrator's (host.manage): its certificate authority and the PCs
 * enrolled with it, who is connected, and hosting from the app; and the evidence download in parts a PC makes
 * through the host. Part of the one contract (./contract.ts spreads
 * them in); kept apart so the contract stays one readable file.
 */
export const hostChannels = {
  'host:status': spec({ input: Empty, output: HostStatus, access: 'host.manage', audit: 'always' }),
  'host:setUp': spec({ input: HostSetUpInput, output: HostStatus, access: 'host.manage', audit: 'always' }),
  'host:enrolmentCode': spec({ input: EnrolmentCodeInput, output: EnrolmentCode, access: 'host.manage', audit: 'always' }),
  'host:nameDevice': spec({ input: DeviceRenameInput, output: Void, access: 'host.manage', audit: 'always' }),
  'host:revokeDevice': spec({ input: DeviceSerialInput, output: Void, access: 'host.manage', audit: 'always' }),
  // Who is connected, read every few seconds by the Office host screen: not audited, like a status ping.
  'host:connected': spec({ input: Empty, output: HostConnected, access: 'host.manage', audit: 'never' }),
  // "Host this workspace for the office" from the app or browser mode (main/office/hosting.ts).
  'host:serve': spec({ input: HostServeInput, output: HostConnected, access: 'host.manage', audit: 'always' }),
  // A PC on an office host downloads an evidence file one stored 1 MiB part at a time, never the whole file as
  // one answer (main/host/chunked-downloads.ts); each part is audited like opening the file.
  'evidence:contentPart': spec({ input: EvidenceContentPartInput, output: EvidenceContentPart, access: 'cases.read', audit: 'always', binary: true }),
  // A PC's own passphrase, asked for in its window before it connects: answered on the PC by the bridge
  // (main/host/device-lock.ts) and never forwarded; anywhere else main refuses it. Not audited: nothing in a
  // workspace changes, and the passphrase must not be written anywhere.
  'device:unlock': spec({ input: DeviceUnlockInput, output: DeviceUnlocked, access: 'public', audit: 'never' }),
} as const;
