import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:https';
import { isIP } from 'node:net';
import { z } from 'zod';
import type { ErrorCode, OfficeTrouble, Result } from '../../shared/result';
import { ANSWER_PARTS_HEADER, answerPartPath, type AnswerManifest } from './answer-parts';
import type { JobStatus } from '../../shared/schemas/jobs';
import { eventReader, followJobs, type OpenJobStream } from './job-follow';
import { IDEMPOTENCY_HEADER, SESSION_HEADER } from './sessions';

/**
 * The client bridge (issue 22): a PC's browser mode (and, later, the Electron preload) pointed at an office
 * host instead of a local workspace. The renderer is unchanged: each call it makes is forwarded to the host
 * over mutual TLS with this PC's certificate, the host's CA pinned, the session token the host gave at
 * sign-in, and an idempotency key made once per call and sent again with its one retry, so a request retried
 * after a dropped connection is applied once. Unreachable and changed-certificate answers are the contract's
 * Result, in words a person can act on. A job's progress is pushed by the host and job:status answered here
 * (./job-follow.ts).
 */

/** This PC's enrolment, decrypted in memory; on disk the key is encrypted (main/host/device-file.ts, `hearth enrol`). */
export const DeviceFile = z.object({ hostUrl: z.string().url(), certPem: z.string(), keyPem: z.string(), caPem: z.string() });
export type DeviceFile = z.infer<typeof DeviceFile>;

/** TLS errors that mean the host is not the one this PC pinned: never "accept anyway". */
const CERTIFICATE_ERRORS = /CERT|SIGNATURE|ISSUER|SELF_SIGNED|ALTNAME|VERIFY/;
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/** The host sends a heartbeat every 15 s on a job's stream (main/office/job-stream.ts): three missed, and it has gone. */
const STREAM_SILENCE_MS = 45_000;

/** A refusal the renderer shows as the connection's state, not as one form's error (shared/result.ts). */
function troubleAnswer(code: ErrorCode, office: OfficeTrouble, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message, office } } satisfies Result<never>);
}

export type Forward = (channel: string, body: string) => Promise<string>;

export function hostBridge(device: DeviceFile, options: { timeoutMs?: number; connectMs?: number; streamSilenceMs?: number } = {}) {
  const url = new URL(device.hostUrl);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // SNI carries a host name only (RFC 6066 §3; Node warns, DEP0123): for an address the certificate's IP
  // entries are checked against it without one.
  const serverName = isIP(hostname) ? {} : { servername: hostname };
  const agent = new Agent({ keepAlive: true, ca: device.caPem, cert: device.certPem, key: device.keyPem, rejectUnauthorized: true, minVersion: 'TLSv1.3' });
  let token: string | null = null;

  /** One POST to the host: the answer's bytes, and whether it stands for an answer kept in parts. */
  const post = (path: string, body: string, key: string | null): Promise<{ bytes: Buffer; inParts: boolean } | { error: string }> =>
    new Promise((resolve) => {
      const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
      if (key) headers[IDEMPOTENCY_HEADER] = key;
      if (token) headers[SESSION_HEADER] = token;
      const req = request({ host: hostname, ...serverName, port: Number(url.port || 443), path, method: 'POST', agent, headers, timeout: options.timeoutMs ?? 120_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const given = res.headers[SESSION_HEADER];
          if (typeof given === 'string') token = given;
          resolve({ bytes: Buffer.concat(chunks), inParts: typeof res.headers[ANSWER_PARTS_HEADER] === 'string' });
        });
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? 'ECONNRESET' }));
      });
      // A host switched off on the LAN may not refuse at all: a connection not made in a few seconds is
      // "cannot be reached", not two minutes of "Connecting…". An answer may still take its time.
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => req.destroy(Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' })), options.connectMs ?? 5_000);
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      req.end(body);
    });

  /** The answer to one call: a long one is fetched part by part and put back together (./answer-parts.ts). */
  const once = async (channel: string, body: string, key: string): Promise<{ text: string } | { error: string }> => {
    const first = await post(`/api/${encodeURIComponent(channel)}`, body, key);
    if ('error' in first) return first;
    if (!first.inParts) return { text: first.bytes.toString('utf8') };
    const { parts } = JSON.parse(first.bytes.toString('utf8')) as AnswerManifest;
    const pieces: Buffer[] = [];
    for (let index = 0; index < parts.count; index += 1) {
      const piece = await post(answerPartPath(parts.id, index), '', null);
      if ('error' in piece) return piece;
      pieces.push(piece.bytes);
    }
    const whole = Buffer.concat(pieces);
    if (whole.length !== parts.bytes) return { error: 'ECONNRESET' };
    return { text: whole.toString('utf8') };
  };

  /** One job's stream of statuses from the host, for the session `session` (./job-follow.ts). */
  const openJobStream: OpenJobStream = (jobId, session, on) => {
    const headers: Record<string, string> = { 'Content-Length': '0' };
    if (session) headers[SESSION_HEADER] = session;
    let over = false;
    const end = () => {
      if (over) return;
      over = true;
      on.end();
    };
    const req = request(
      { host: hostname, ...serverName, port: Number(url.port || 443), path: `/jobs/${jobId}/events`, method: 'POST', agent, headers, timeout: options.streamSilenceMs ?? STREAM_SILENCE_MS },
      (res) => {
        clearTimeout(connecting);
        if (res.statusCode !== 200) {
          res.resume();
          return end();
        }
        res.setEncoding('utf8');
        res.on(
          'data',
          eventReader((data) => {
            if (over) return;
            let status: JobStatus;
            try {
              status = JSON.parse(data) as JobStatus;
            } catch {
              // A garbled event ends the stream (the PC then asks the host); it must not stop the PC's main process.
              req.destroy();
              return end();
            }
            on.status(status);
          }),
        );
        res.on('end', end);
        res.on('close', end);
        res.on('error', end);
      },
    );
    // As for a call: a host that does not answer within the connect time is not waited for (the screen's
    // polls wait on the stream's first status), though an open stream may then be quiet for longer.
    const connecting = setTimeout(() => req.destroy(), options.connectMs ?? 5_000);
    connecting.unref();
    req.on('timeout', () => req.destroy());
    req.on('error', end);
    req.on('close', () => {
      clearTimeout(connecting);
      end();
    });
    req.end();
    return () => {
      req.destroy();
      end();
    };
  };

  const ask: Forward = async (channel, body) => {
    const key = randomUUID();
    let answer = await once(channel, body, key);
    // One retry, with the same key, after a dropped connection: the host applies the write once.
    if ('error' in answer && DROPPED.has(answer.error)) answer = await once(channel, body, key);
    if ('text' in answer) return answer.text;
    if (CERTIFICATE_ERRORS.test(answer.error)) {
      return troubleAnswer(
        'integrity',
        'certificate-changed',
        `The office host at ${url.host} did not show the certificate this PC was enrolled with (${answer.error}). Hearth will not connect to it. Ask the office administrator; the PC may need enrolling again.`,
      );
    }
    return troubleAnswer('unavailable', 'unreachable', `The office host at ${url.host} cannot be reached (${answer.error}). Check this PC is on the office network and the host is running, then try again. Nothing was lost.`);
  };

  const jobs = followJobs(ask, openJobStream, () => token);
  return {
    forward: jobs.forward,
    /** How many jobs' progress is being pushed to this PC now. */
    streaming: jobs.streaming,
    close: () => {
      jobs.close();
      agent.destroy();
    },
  };
}
