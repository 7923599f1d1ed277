import type { IncomingMessage } from 'node:http';

/** A request body over its limit: nothing past the limit is kept (browser mode and the office host). */
export const TOO_LARGE = Symbol('too large');

/** The body as text, or TOO_LARGE as soon as it passes the limit (nothing more is kept in memory). */
export function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return resolve(TOO_LARGE);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause(); // stop reading from the socket: the answer is a refusal, and the connection is closed after it
        chunks.length = 0;
        resolve(TOO_LARGE);
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
