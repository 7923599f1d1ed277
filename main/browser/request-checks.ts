import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SenderVerdict } from '../ipc/dispatch';

/**
 * Browser mode's sender check, the twin of the Electron frame check: the request must name our own
 * loopback host (stops DNS rebinding), come from our own origin (stops other sites' pages), and carry
 * the per-launch token that only the printed URL holds (stops other local programs and users).
 */
export function judgeApiRequest(headers: IncomingHttpHeaders, port: number, token: string): SenderVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host ?? '';
  if (!allowedHosts.includes(host)) return { trusted: false, reason: `the Host header ${JSON.stringify(host)} is not this app.` };
  const origin = headers.origin;
  if (origin !== `http://${host}`) return { trusted: false, reason: 'the request did not come from the Hearth page.' };
  const given = headers['x-hearth-token'];
  if (typeof given !== 'string' || !sameToken(given, token)) return { trusted: false, reason: 'the session token is missing or wrong. Open the address Hearth printed.' };
  return { trusted: true, transport: 'http' };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
