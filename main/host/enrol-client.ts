import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { AppError } from '../../shared/result';
import { EnrolAnswer } from '../../shared/schemas/host';
import { newDeviceRequest } from './ca';
import type { EnrolledDevice } from './device-file';
import { isBoundCa, isWellFormedCode } from './enrolment';
import { fingerprintOf } from './service';

/**
 * The PC's side of enrolment (issue 22; `hearth enrol`): it makes its own key pair (the private key never
 * leaves it), sends a certificate request with the one-time code to the host's POST /enrol, and pins the CA
 * the host answers with, only after checking (1) the host's proof that it knows the code (an HMAC over the
 * CA certificate), and (2) that the certificate the host showed on this very connection was issued by that
 * CA. The PC cannot check the host's certificate before it has the CA, so those two checks are what keep a
 * machine in the middle out.
 */
export interface EnrolTarget {
  host: string;
  port: number;
  code: string;
  deviceName: string;
  timeoutMs?: number;
}

export interface Enrolled {
  device: EnrolledDevice;
  /** The CA's SHA-256 fingerprint, for the PC's user to compare with what the administrator reads out. */
  caFingerprint: string;
}

const hostPart = (host: string) => (host.includes(':') ? `[${host}]` : host);

export async function enrolWithHost(target: EnrolTarget): Promise<Enrolled> {
  if (!isWellFormedCode(target.code)) throw new AppError('bad-input', 'An enrolment code is twelve letters and digits, such as 7K3M-QX2P-9TRD. Check what the administrator read out.');
  const made = await newDeviceRequest(target.deviceName);
  const { status, body, hostCertDer } = await postEnrol(target, JSON.stringify({ code: target.code, requestPem: made.requestPem }));
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    throw new AppError('integrity', `${target.host}:${target.port} did not answer as an office host does. Check the address and port.`);
  }
  const result = answer as { ok?: boolean; value?: unknown; error?: { code?: string; message?: string } };
  if (result.ok !== true) throw new AppError(status === 429 ? 'locked-out' : 'forbidden', result.error?.message ?? `The host refused the enrolment (HTTP ${status}).`);
  const parsed = EnrolAnswer.safeParse(result.value);
  if (!parsed.success) throw new AppError('integrity', 'The host’s answer was not a certificate for this PC. Ask the administrator.');
  const a = parsed.data;
  if (!isBoundCa(target.code, a.caCertPem, a.binding)) {
    throw new AppError('integrity', 'The host could not prove it knows this code: something on the network may be pretending to be the host. Nothing was saved. Tell the office administrator.');
  }
  const ca = new X509Certificate(a.caCertPem);
  if (!hostCertDer || !new X509Certificate(hostCertDer).verify(ca.publicKey)) {
    throw new AppError('integrity', 'The certificate the host showed was not issued by the office’s certificate authority. Nothing was saved. Tell the office administrator.');
  }
  return {
    device: { hostUrl: `https://${hostPart(target.host)}:${target.port}`, certPem: a.certPem, keyPem: made.keyPem, caPem: a.caCertPem, serial: a.serial, deviceName: a.deviceName },
    caFingerprint: fingerprintOf(a.caCertPem),
  };
}

function postEnrol(target: EnrolTarget, body: string): Promise<{ status: number; body: string; hostCertDer: Buffer | null }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.host,
        port: target.port,
        path: '/enrol',
        method: 'POST',
        // The CA is not known yet: the host's certificate is checked against it after the answer (above).
        rejectUnauthorized: false,
        minVersion: 'TLSv1.3',
        agent: false,
        timeout: target.timeoutMs ?? 30_000,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        const raw = (res.socket as TLSSocket).getPeerCertificate?.()?.raw ?? null;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, hostCertDer: raw }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) =>
      reject(new AppError('unavailable', `The office host at ${hostPart(target.host)}:${target.port} cannot be reached (${e.code ?? e.message}). Check the address and port, and that the host is running.`)),
    );
    req.end(body);
  });
}
