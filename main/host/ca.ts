import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { type CryptoKey, EC_P256, importPrivateKeyPem, newKeyPair, privateKeyPem, x509 } from './x509';

/**
 * The office host's own certificate authority (issue 22; docs/office-host.md). It signs the host's TLS
 * certificate and one client certificate per enrolled PC, so every connection is mutual TLS between parties
 * the host vouched for, with no public CA and no network beyond the office LAN. Keys are PEM strings here; the
 * caller keeps the CA key sealed inside the encrypted workspace.
 */
export interface HostCa {
  certPem: string;
  keyPem: string;
}

export interface IssuedCertificate {
  certPem: string;
  keyPem: string;
  serial: string;
}

const DAY = 86_400_000;
/** Long enough that an office is not cut off by an expiry nobody remembers; revocation is how access ends. */
const CA_DAYS = 3650;
const LEAF_DAYS = 825;
/** A minute's grace either side, for a PC whose clock is slightly behind the host's. */
const SKEW = 60_000;

/** A positive 128-bit serial in lower-case hex: unguessable, so one device cannot be mistaken for another. */
export function newSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString('hex');
}

/** The serial of a certificate as issued here (lower-case hex, no separators). */
export function serialOf(certPem: string): string {
  return new x509.X509Certificate(certPem).serialNumber.toLowerCase();
}

export async function createHostCa(officeName: string, now: Date): Promise<HostCa> {
  const keys = await newKeyPair();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: newSerial(),
    name: [{ CN: [`Hearth office host CA — ${officeName}`] }],
    notBefore: new Date(now.getTime() - SKEW),
    notAfter: new Date(now.getTime() + CA_DAYS * DAY),
    keys,
    signingAlgorithm: EC_P256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

async function sign(ca: HostCa, subject: string, publicKey: x509.PublicKey | CryptoKey, extensions: x509.Extension[], now: Date): Promise<{ cert: x509.X509Certificate; serial: string }> {
  const issuer = new x509.X509Certificate(ca.certPem);
  const serial = newSerial();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject: [{ CN: [subject] }],
    issuer: issuer.subject,
    notBefore: new Date(now.getTime() - SKEW),
    notAfter: new Date(now.getTime() + LEAF_DAYS * DAY),
    publicKey,
    signingKey: await importPrivateKeyPem(ca.keyPem),
    signingAlgorithm: EC_P256,
    extensions: [new x509.BasicConstraintsExtension(false, undefined, true), await x509.AuthorityKeyIdentifierExtension.create(issuer, false), ...extensions],
  });
  return { cert, serial };
}

/**
 * The host's server certificate, for the addresses PCs will type (a LAN IP such as 192.168.1.20, or a name).
 * TLS clients check the address against these names, so one the administrator did not choose is refused.
 */
export async function issueHostCertificate(ca: HostCa, addresses: readonly string[], now: Date): Promise<IssuedCertificate> {
  if (addresses.length === 0) throw new Error('Give at least one address the PCs will use to reach the host.');
  const keys = await newKeyPair();
  const names = addresses.map((a) => ({ type: isIP(a) ? ('ip' as const) : ('dns' as const), value: a }));
  const { cert, serial } = await sign(
    ca,
    `Hearth office host ${addresses[0]}`,
    keys.publicKey,
    [
      new x509.SubjectAlternativeNameExtension(names, false),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
    ],
    now,
  );
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey), serial };
}

/**
 * A PC's client certificate, from the certificate request it made with its own key (the private key never
 * leaves the PC). A request whose signature does not verify was altered or made without the key: refused.
 */
export async function issueDeviceCertificate(ca: HostCa, requestPem: string, deviceName: string, now: Date): Promise<{ certPem: string; serial: string }> {
  let request: x509.Pkcs10CertificateRequest;
  try {
    request = new x509.Pkcs10CertificateRequest(requestPem);
  } catch {
    throw new Error('The certificate request is not a PKCS #10 request in PEM form. Start the enrolment again on the PC.');
  }
  if (!(await request.verify())) throw new Error('The certificate request’s signature does not match its key. Start the enrolment again on the PC.');
  const name = deviceName.trim();
  if (!name) throw new Error('Give the PC a name people will recognise, such as “Front desk PC”.');
  const { cert, serial } = await sign(
    ca,
    name,
    request.publicKey,
    [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth], false)],
    now,
  );
  return { certPem: cert.toString('pem'), serial };
}

/** What a PC sends at enrolment: a certificate request made with a new key pair of its own. */
export async function newDeviceRequest(deviceName: string): Promise<{ requestPem: string; keyPem: string }> {
  const keys = await newKeyPair();
  const request = await x509.Pkcs10CertificateRequestGenerator.create({ name: [{ CN: [deviceName] }], keys, signingAlgorithm: EC_P256 });
  return { requestPem: request.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}
