import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startBrowserServer, type BrowserServer } from '../../../main/browser/server';
import { ADMIN, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 13, finding 6: a signed-out client holding the token sent 120 MB of "[]" to a file channel and
 * the server read and parsed all of it (106 s, 4.1 GB). Now who may send how much is settled from the
 * contract, the session and can() before the body is read: over 1 MiB only for a signed-in person whose
 * role may use that channel; anyone else is answered at once and the connection is closed.
 */
const temp = useTempDirs();
let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MB = 1024 * 1024;

async function start(): Promise<{ app: TestApp; port: number; headers: Record<string, string> }> {
  const root = temp();
  const renderer = join(root, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  const app = await makeWorkspace(root);
  server = await startBrowserServer(app.core, renderer);
  const port = server.port;
  const token = new URL(server.url).hash.replace('#token=', '');
  return { app, port, headers: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'x-hearth-token': token, 'content-type': 'application/json' } };
}

interface Exchange {
  status: number;
  body: string;
  /** Body bytes the socket took before the server answered or closed it. */
  sent: number;
  ms: number;
}

/**
 * A raw HTTP request whose body is pumped in 64 KiB pieces (waiting for the socket to drain, as a real
 * client does) until all `total` bytes are out or the server answers or closes. `declare` sends a
 * Content-Length; without it the body is chunked, so the server only learns its size as it reads.
 */
function pump(port: number, path: string, headers: Record<string, string>, total: number, declare: boolean): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    const piece = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answer = '';
    let stopped = false;
    const finish = () => {
      if (stopped) return;
      stopped = true;
      socket.destroy();
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), body, sent, ms: Date.now() - started });
    };
    socket.on('data', (d: Buffer) => {
      answer += d.toString('utf8');
      if (/\r\n\r\n/.test(answer) && answer.split('\r\n\r\n')[1]!.length >= Number(/content-length: (\d+)/i.exec(answer)?.[1] ?? 0)) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    const lines = [`POST ${path} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), declare ? `content-length: ${total}` : 'transfer-encoding: chunked', '', ''];
    socket.write(lines.join('\r\n'));
    const more = () => {
      while (!stopped && sent < total) {
        const chunk = piece.subarray(0, Math.min(piece.length, total - sent));
        sent += chunk.length;
        const framed = declare ? chunk : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
        if (!socket.write(framed)) return void socket.once('drain', more);
      }
      if (!stopped && !declare) socket.write('0\r\n\r\n');
    };
    more();
  });
}

const errorOf = (x: Exchange) => (JSON.parse(x.body) as { error: { code: string; message: string } }).error;

describe('browser mode: who may send a large body, decided before it is read', () => {
  it('refuses a signed-out client declaring 120 MB at once, without reading it (401)', async () => {
    const { app, port, headers } = await start();
    await app.must('session:signOut', {});
    const x = await pump(port, '/api/evidence:add', headers, 120 * MB, true);
    expect(x.status).toBe(401);
    expect(errorOf(x)).toEqual({ code: 'not-signed-in', message: 'Sign in first.' });
    expect(x.ms).toBeLessThan(3_000);
    // The socket buffers take a few MB at most before the server's answer closes the connection.
    expect(x.sent).toBeLessThan(16 * MB);
  });

  it('closes the connection early on a signed-out client streaming a body of unknown length', async () => {
    const { app, port, headers } = await start();
    await app.must('session:signOut', {});
    const x = await pump(port, '/api/evidence:uploadChunk', headers, 120 * MB, false);
    expect(x.status).toBe(401);
    expect(x.ms).toBeLessThan(3_000);
    expect(x.sent).toBeLessThan(16 * MB);
  });

  it('says the workspace is locked when it is', async () => {
    const { app, port, headers } = await start();
    await app.must('session:lock', {});
    const x = await pump(port, '/api/evidence:uploadChunk', headers, 3 * MB, true);
    expect(x.status).toBe(401);
    expect(errorOf(x).message).toBe('The workspace is locked. Unlock it to carry on.');
  });

  it('refuses a large body from a signed-in person whose role may not use the channel (403)', async () => {
    const { app, port, headers } = await start();
    await app.must('users:add', { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'river stone lantern', partners: ['C33'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'olly', passphrase: 'river stone lantern' });
    // bundle:content is a file channel for the legal team only.
    const x = await pump(port, '/api/bundle:content', headers, 3 * MB, true);
    expect(x.status).toBe(403);
    expect(errorOf(x).code).toBe('forbidden');
    expect(x.sent).toBeLessThan(16 * MB);
  });

  it('refuses a large body for a channel that does not exist (404)', async () => {
    const { port, headers } = await start();
    const x = await pump(port, '/api/evidence:uploadEverything', headers, 3 * MB, true);
    expect(x.status).toBe(404);
    expect(errorOf(x).message).toBe('There is no request called "evidence:uploadEverything".');
  });

  it('reads a body over 1 MiB from a signed-in person who may use the channel, and leaves the rest to dispatch', async () => {
    const { port, headers } = await start();
    const x = await pump(port, '/api/evidence:uploadChunk', headers, MAX_BODY_BYTES + 500_000, true);
    // The body was read (all of it went out) and reached dispatch, whose JSON check answers.
    expect(x.sent).toBe(MAX_BODY_BYTES + 500_000);
    expect(x.status).toBe(400);
    expect(errorOf(x).message).toBe('The request body is not valid JSON.');
  });

  it('still answers small requests from signed-out clients (signing in needs them)', async () => {
    const { app, port, headers } = await start();
    await app.must('session:signOut', {});
    const body = JSON.stringify({ username: ADMIN.username, passphrase: ADMIN.passphrase });
    const x = await new Promise<Exchange>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
      socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0), body: answer.split('\r\n\r\n')[1] ?? '', sent: body.length, ms: 0 }));
      socket.end([`POST /api/session:signIn HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', body].join('\r\n'));
    });
    expect(x.status).toBe(200);
    expect(JSON.parse(x.body)).toMatchObject({ ok: true, value: { user: { username: ADMIN.username } } });
  });
});
