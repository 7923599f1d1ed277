import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BINARY_BODY_BYTES, MAX_BODY_BYTES, startBrowserServer, type BrowserServer } from '../../../main/browser/server';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import { raceHateIntake } from '../../helpers/cases';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';

/**
 * Browser mode carries file bytes as {"$bytes": base64} (shared/ipc/wire.ts) and allows channels marked
 * binary a 300 MB body; every other channel keeps the 1 MiB limit.
 */
const temp = useTempDirs();
let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Reply {
  status: number;
  body: Buffer;
}

function send(port: number, path: string, headers: Record<string, string | number>, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function start(): Promise<{ app: TestApp; caseId: number; call: (channel: string, input: unknown) => Promise<Reply>; headers: Record<string, string> }> {
  const root = temp();
  const renderer = join(root, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Hearth</title>');
  const app = await makeWorkspace(root);
  const created = await app.must('case:create', raceHateIntake());
  server = await startBrowserServer(app.core, renderer);
  const port = server.port;
  const token = new URL(server.url).hash.replace('#token=', '');
  const headers = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'x-hearth-token': token, 'content-type': 'application/json' };
  // What the renderer's fetch twin does: encodeWire before JSON.stringify, decodeWire after JSON.parse.
  const call = (channel: string, input: unknown) => send(port, `/api/${channel}`, headers, JSON.stringify(encodeWire(input)));
  return { app, caseId: created.id, call, headers };
}

const result = (r: Reply) => decodeWire(JSON.parse(r.body.toString('utf8'))) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
const evidenceRows = (app: TestApp) => (app.core.sessions.current()!.ws.db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n;
const evidenceInput = (caseId: number, fileName: string, bytes: Uint8Array) => ({ caseId, fileName, source: 'Complainant', obtainedOn: '2026-11-20', bytes });

describe('browser mode: binary bodies', () => {
  it('carries a file over 1 MiB in and back out, byte for byte', async () => {
    const { app, caseId, call } = await start();
    const wav = files.wav(800_000); // 1.6 MB of audio: over the ordinary limit, as JSON over 2 MB
    const added = await call('evidence:add', evidenceInput(caseId, 'call.wav', wav));
    expect(added.status).toBe(200);
    const value = result(added).value!;
    expect(value).toMatchObject({ type: 'audio', size: wav.length, sha256: createHash('sha256').update(wav).digest('hex') });

    const content = result(await call('evidence:content', { id: value.id }));
    expect(content.ok).toBe(true);
    const bytes = content.value!.bytes as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(wav)).toBe(true);
    expect(evidenceRows(app)).toBe(1);
  });

  it('accepts a body close to the binary limit (a 199 MB recording, 265 MB as JSON)', async () => {
    const { app, caseId, headers } = await start();
    const wav = files.wav(Math.floor((199 * 1024 * 1024) / 2));
    const json = JSON.stringify(encodeWire(evidenceInput(caseId, 'long.wav', wav)));
    expect(json.length).toBeGreaterThan(250 * 1024 * 1024);
    expect(json.length).toBeLessThan(MAX_BINARY_BODY_BYTES);
    const reply = await send(server!.port, '/api/evidence:add', headers, json);
    expect(reply.status).toBe(200);
    expect(result(reply).value).toMatchObject({ size: wav.length, sha256: createHash('sha256').update(wav).digest('hex') });
    expect(evidenceRows(app)).toBe(1);
  });

  it('refuses a body over 1 MiB for a channel that carries no files, without running it', async () => {
    const { app, caseId, call } = await start();
    const { db } = app.core.sessions.current()!.ws;
    const auditBefore = (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
    const reply = await call('note:add', { caseId, text: 'x'.repeat(MAX_BODY_BYTES) });
    expect(reply.status).toBe(413);
    expect(result(reply)).toEqual({ ok: false, error: { code: 'bad-input', message: 'The request is larger than this kind of request may be (1 MB).' } });
    expect((db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n).toBe(auditBefore);
    // Just under the limit the same channel is answered (here: the schema's own length rule).
    const under = await call('note:add', { caseId, text: 'x'.repeat(MAX_BODY_BYTES - 100) });
    expect(under.status).toBe(200);
  });

  it('refuses a binary body declared over 300 MB at once, from its Content-Length', async () => {
    const { headers } = await start();
    const started = Date.now();
    const reply = await send(server!.port, '/api/evidence:add', { ...headers, 'content-length': MAX_BINARY_BODY_BYTES + 1 }, Buffer.alloc(0)).catch((error: Error) => error);
    expect(Date.now() - started).toBeLessThan(5_000);
    if (reply instanceof Error) expect.fail(`expected a 413 answer, got ${reply.message}`);
    expect(reply.status).toBe(413);
    expect(result(reply).error!.message).toBe('The request is larger than this kind of request may be (300 MB).');
  });

  it('answers 400 for a $bytes marker that is not base64', async () => {
    const { caseId, headers } = await start();
    const body = JSON.stringify({ caseId, fileName: 'a.png', source: 'x', obtainedOn: '2026-11-20', bytes: { $bytes: 'not base64!' } });
    const reply = await send(server!.port, '/api/evidence:add', headers, body);
    expect(reply.status).toBe(400);
    expect(result(reply)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
