import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../main/browser/server';
import { makeApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test controls every header (fetch would set Host and Origin itself). */
function send(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function start() {
  const root = temp();
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  const app = makeApp(root);
  server = await startBrowserServer(app.core, renderer);
  const token = new URL(server.url).hash.replace('#token=', '');
  const good = { host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}`, 'x-hearth-token': token, 'content-type': 'application/json' };
  return { port: server.port, token, good, app };
}

describe('browser mode server', () => {
  it('listens on loopback only and prints a URL with a long random token', async () => {
    const { token } = await start();
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
    expect(token).toHaveLength(64);
  });

  it('answers the contract for a request with the token, our Host and our Origin', async () => {
    const { port, good } = await start();
    const r = await send(port, '/api/workspace:status', { method: 'POST', headers: good, body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { exists: false, workspaceName: null, lockedUser: null, signedIn: false } });
  });

  it.each([
    ['no token', { 'x-hearth-token': '' }],
    ['a wrong token', { 'x-hearth-token': 'f'.repeat(64) }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a rebinding Host', { host: 'evil.example' }],
  ])('refuses %s', async (_what, override) => {
    const { port, good } = await start();
    const r = await send(port, '/api/workspace:status', { method: 'POST', headers: { ...good, ...override }, body: '{}' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
  });

  it('refuses a request with no Origin at all', async () => {
    const { port, good } = await start();
    const { origin: _o, ...noOrigin } = good;
    expect((await send(port, '/api/workspace:status', { method: 'POST', headers: noOrigin, body: '{}' })).status).toBe(403);
  });

  it('validates the body like any other transport', async () => {
    const { port, good } = await start();
    const r = await send(port, '/api/session:signIn', { method: 'POST', headers: good, body: '{"username": 42}' });
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const junk = await send(port, '/api/session:signIn', { method: 'POST', headers: good, body: '{not json' });
    expect(junk.status).toBe(400);
  });

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const { port } = await start();
    const host = { host: `127.0.0.1:${port}` };
    const index = await send(port, '/', { headers: host });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    expect(index.headers['content-security-policy']).toMatch(/object-src 'none'/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/link.txt', '/%00index.html']) {
      const r = await send(port, path, { headers: host });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside the renderer');
    }
    expect((await send(port, '/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });
});
