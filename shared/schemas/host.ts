import { z } from 'zod';

/**
 * The office host's administration (issue 22; docs/office-host.md): set up its certificate authority for the
 * addresses the office's PCs will type, make one-time enrolment codes, and list, name and revoke PCs.
 */

/** A LAN address or a host name the PCs will type: 192.168.1.20, hearth-host, hearth.office.local. */
const HostAddress = z
  .string()
  .trim()
  .min(1, 'Enter the address the PCs will use, such as 192.168.1.20.')
  .max(253)
  .regex(/^[A-Za-z0-9.:-]+$/, 'An address is an IP address (192.168.1.20) or a computer name (hearth-host), without http:// or a port.');

export const HostSetUpInput = z
  .object({
    officeName: z.string().trim().min(1, 'Enter the office’s name, shown in its certificates.').max(120),
    addresses: z.array(HostAddress).min(1, 'Give at least one address the PCs will use to reach the host.').max(8),
  })
  .strict();

export const DeviceName = z.string().trim().min(1, 'Give the PC a name people will recognise, such as “Front desk PC”.').max(80);

export const DeviceSerial = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{1,64}$/, 'That is not a device’s serial number (hexadecimal digits, as the list of devices shows).');

export const DeviceView = z.object({
  serial: z.string(),
  name: z.string(),
  enrolledAt: z.string(),
  enrolledBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
export type DeviceView = z.infer<typeof DeviceView>;

/** Who is signed in through the host now: one row per session (a user on a device). */
export const ConnectedView = z.object({
  deviceSerial: z.string(),
  deviceName: z.string(),
  username: z.string(),
  displayName: z.string(),
  signedInAt: z.string(),
  lastActiveAt: z.string(),
  locked: z.boolean(),
});
export type ConnectedView = z.infer<typeof ConnectedView>;

export const HostStatus = z.object({
  setUp: z.boolean(),
  officeName: z.string().nullable(),
  addresses: z.array(z.string()),
  /** SHA-256 of the CA certificate, for an administrator to compare with what a PC shows after enrolling. */
  caFingerprint: z.string().nullable(),
  /** Whether this process is serving the workspace to the office now (`hearth serve`). */
  serving: z.boolean(),
  devices: z.array(DeviceView),
  connected: z.array(ConnectedView),
});
export type HostStatus = z.infer<typeof HostStatus>;

/** Whether this process serves the office now, and who is signed in through it (host:connected, read often). */
export const HostConnected = z.object({
  serving: z.boolean(),
  /** The port the host listens on while serving, which a PC types after the address. */
  port: z.number().int().nullable(),
  connected: z.array(ConnectedView),
  /** How many PCs are enrolled and not revoked: when it changes, the screen reads the device list again. */
  enrolled: z.number().int(),
});
export type HostConnected = z.infer<typeof HostConnected>;

/** "Host this workspace for the office" switched on (at one of the host's addresses, on a port) or off. */
export const HostServeInput = z
  .object({
    on: z.boolean(),
    address: HostAddress.optional(),
    port: z.number({ error: 'Enter the port as a number, such as 8443.' }).int('Enter the port as a whole number.').min(0, 'Use a port from 1 to 65535, such as 8443 (0: any free port).').max(65535, 'Use a port from 1 to 65535, such as 8443.').optional(),
  })
  .strict();
export const DEFAULT_HOST_PORT = 8443;

export const EnrolmentCodeInput = z.object({ deviceName: DeviceName }).strict();
export const EnrolmentCode = z.object({ code: z.string(), deviceName: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof EnrolmentCode>;

export const DeviceSerialInput = z.object({ serial: DeviceSerial }).strict();
export const DeviceRenameInput = z.object({ serial: DeviceSerial, name: DeviceName }).strict();

/** What a PC sends to enrol (POST /enrol on the host): the code it was given and its certificate request. */
export const EnrolRequest = z.object({ code: z.string().trim().min(1).max(40), requestPem: z.string().min(1).max(8000) }).strict();
/** The host's answer: the PC's certificate, the CA to pin, and the proof that the host knows the code. */
export const EnrolAnswer = z.object({ certPem: z.string(), caCertPem: z.string(), binding: z.string(), serial: z.string(), deviceName: z.string() });
export type EnrolAnswer = z.infer<typeof EnrolAnswer>;

/** A PC's own passphrase for its device file (issue 22): handled on the PC by main/host/device-lock.ts, never sent to the host. */
export const DeviceUnlockInput = z.object({ passphrase: z.string().min(1, 'Enter this PC’s passphrase.').max(1024) }).strict();
export const DeviceUnlocked = z.object({ deviceName: z.string(), hostUrl: z.string() });
export type DeviceUnlocked = z.infer<typeof DeviceUnlocked>;
