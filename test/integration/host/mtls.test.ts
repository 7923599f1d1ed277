import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostCa, type HostCa, issueDeviceCertificate, issueHostCertificate, newDeviceRequest, serialOf } from '../../../main/host/ca';
import { deviceOf, hostTlsOptions } from '../../../main/host/device-tls';
import { caBinding, codeHash, isBoundCa, isWellFormedCode, newEnrolmentCode, normaliseCode } from '../../../main/host/enrolment';

/**
 * The office host's mutual TLS on loopback, with real certificates from the host's own CA (issue 22): an
 * enrolled PC is let in and named; a PC with no certificate, one from another CA, or a revoked one is refused;
 * a PC that pinned another CA refuses the host. The sessions and channels on top come later (docs/office-host.md).
 */
const NOW = new Date();
let ca: HostCa;
let server: Server;
let port = 0;
const revoked = new Set<string>();

interface ClientIdentity {
  certPem?: string;
  keyPem?: string;
  pinnedCaPem?: string;
}

/** One GET to the host as a PC with the given identity: the status and body, or the TLS error's code. */
function ask(who: ClientIdentity): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/whoami', method: 'GET', ca: who.pinnedCaPem ?? ca.certPem, cert: who.certPem, key: who.keyPem, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

async function enrolledDevice(name: string, authority: HostCa = ca): Promise<{ certPem: string; keyPem: string; serial: string }> {
  const pc = await newDeviceRequest(name);
  const issued = await issueDeviceCertificate(authority, pc.requestPem, name, NOW);
  return { certPem: issued.certPem, keyPem: pc.keyPem, serial: issued.serial };
}

beforeAll(async () => {
  ca = await createHostCa('Ipswich Neighbourhood Team', NOW);
  const host = await issueHostCertificate(ca, ['127.0.0.1', 'localhost'], NOW);
  server = createServer(hostTlsOptions(ca, host), (req, res) => {
    const device = deviceOf(req.socket as TLSSocket, (serial) => revoked.has(serial));
    res.writeHead(device.ok ? 200 : 403, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(device.ok ? `${device.name} ${device.serial}` : device.reason);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('mutual TLS between the office host and its enrolled PCs', () => {
  it('lets an enrolled PC in and knows which PC it is', async () => {
    const pc = await enrolledDevice('Front desk PC, room 2');
    const answer = await ask(pc);
    expect(answer).toEqual({ status: 200, body: `Front desk PC, room 2 ${pc.serial}` });
    expect(serialOf(pc.certPem)).toBe(pc.serial);
  });

  it('refuses a PC with no certificate before any request is answered', async () => {
    const answer = await ask({});
    expect(answer).not.toHaveProperty('status');
    expect(answer).toHaveProperty('error');
  });

  it('refuses a certificate another CA signed, even one with the same office name', async () => {
    const other = await createHostCa('Ipswich Neighbourhood Team', NOW);
    const stranger = await enrolledDevice('Front desk PC', other);
    const answer = await ask(stranger);
    expect(answer).not.toHaveProperty('status');
  });

  it('refuses a revoked PC at once, on its next request, while another PC carries on', async () => {
    const lost = await enrolledDevice('Laptop left on the bus');
    const kept = await enrolledDevice('Manager’s PC');
    expect(await ask(lost)).toMatchObject({ status: 200 });
    revoked.add(lost.serial);
    expect(await ask(lost)).toEqual({ status: 403, body: 'This PC’s access to the host has been withdrawn. Ask the office administrator to enrol it again.' });
    expect(await ask(kept)).toMatchObject({ status: 200 });
  });

  it('a PC that pinned another host’s CA refuses this host', async () => {
    const pc = await enrolledDevice('Front desk PC');
    const impostorCa = await createHostCa('Somewhere else', NOW);
    const answer = await ask({ ...pc, pinnedCaPem: impostorCa.certPem });
    expect(answer).toHaveProperty('error');
    expect((answer as { error: string }).error).toMatch(/CERT|SIGNATURE|ISSUER|VERIFY/i);
  });

  it('refuses a certificate request whose signature does not match its key, or that is not a request', async () => {
    const a = await newDeviceRequest('PC A');
    // Change the name inside the signed part (PC A → PC Z): the DER stays well formed, the signature no longer matches.
    const der = Buffer.from(a.requestPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
    const at = der.indexOf(Buffer.from('PC A'));
    expect(at).toBeGreaterThan(0);
    der.write('PC Z', at, 'latin1');
    const forged = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----`;
    await expect(issueDeviceCertificate(ca, forged, 'PC A', NOW)).rejects.toThrow('The certificate request’s signature does not match its key. Start the enrolment again on the PC.');
    await expect(issueDeviceCertificate(ca, a.requestPem, 'PC A', NOW)).resolves.toHaveProperty('serial');
    await expect(issueDeviceCertificate(ca, 'hello', 'PC A', NOW)).rejects.toThrow('The certificate request is not a PKCS #10 request in PEM form. Start the enrolment again on the PC.');
    await expect(issueDeviceCertificate(ca, a.requestPem, '   ', NOW)).rejects.toThrow('Give the PC a name people will recognise');
  });
});

describe('one-time enrolment codes', () => {
  it('are three groups of four from an alphabet with no look-alike letters, read back however typed', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(isWellFormedCode(code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(normaliseCode('7k3m-qxop-9trd')).toBe('7K3MQX0P9TRD');
    expect(isWellFormedCode('7K3M-QX2P')).toBe(false);
    expect(isWellFormedCode('7K3M-QX2P-9TRU')).toBe(false); // U is not in the alphabet
  });

  it('are stored as a hash that does not contain the code, and match however the person typed them', () => {
    const code = '7K3M-QX2P-9TRD';
    expect(codeHash(code)).not.toContain('7K3M');
    expect(codeHash('7k3m qx2p 9trd')).toBe(codeHash(code));
    expect(codeHash('7K3M-QX2P-9TRE')).not.toBe(codeHash(code));
  });

  it('bind the host’s CA to the code, so a machine in the middle without it cannot hand the PC its own CA', async () => {
    const code = newEnrolmentCode();
    const binding = caBinding(code, ca.certPem);
    expect(isBoundCa(code.toLowerCase(), ca.certPem, binding)).toBe(true);
    const impostor = await createHostCa('Ipswich Neighbourhood Team', NOW);
    expect(isBoundCa(code, impostor.certPem, binding)).toBe(false);
    expect(isBoundCa(code, impostor.certPem, caBinding('0000-0000-0000', impostor.certPem))).toBe(false);
    expect(isBoundCa(code, ca.certPem, 'not hex')).toBe(false);
  });
});
