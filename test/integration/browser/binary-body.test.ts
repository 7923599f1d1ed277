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
import { uploadInParts } from '../../helpers/uploads';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/schemas/evidence';

/**
 * Browser mode carries file bytes as {"$bytes": base64} (shared/ipc/wire.ts). Since issue 13 no request
 * body is larger than one 1 MiB part as base64 (2 MiB for channels marked binary, 1 MiB for the rest):
 * a large file travels in parts (evidence:upload*), and is stored byte for byte all the same.
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
  it('carries a 5 MB recording in and back out in 1 MiB parts, byte for byte', async () => {
    const { app, caseId, call } = await start();
    const wav = files.wav(2_600_000); // 5.2 MB of audio: six parts
    const http = { call: async (channel: string, input: unknown) => result(await call(channel, input)) } as unknown as Parameters<typeof uploadInParts>[0];
    const added = await uploadInParts(http, caseId, 'call.wav', wav, { source: 'Complainant', obtainedOn: '2026-11-20', description: '', allowDuplicate: false });
    expect(added).toMatchObject({ ok: true, value: { type: 'audio', size: wav.length, sha256: createHash('sha256').update(wav).digest('hex') } });
    const id = (added as { value: { id: number } }).value.id;

    const content = result(await call('evidence:content', { id }));
    expect(content.ok).toBe(true);
    const bytes = content.value!.bytes as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(wav)).toBe(true);
    expect(evidenceRows(app)).toBe(1);
  });

  it('refuses a file sent whole in one body once it is over one part (the 199 MB body of issue 13 is gone)', async () => {
    const { app, caseId, call } = await start();
    const wav = files.wav(1_000_000); // 2 MB: 2.7 MB as JSON
    const reply = await call('evidence:add', evidenceInput(caseId, 'long.wav', wav));
    expect(reply.status).toBe(413);
    expect(result(reply).error!.message).toBe('The request is larger than this kind of request may be (2 MB).');
    expect(evidenceRows(app)).toBe(0);
    // Just under, the channel itself says how large files are sent.
    const over = await call('evidence:add', evidenceInput(caseId, 'short.wav', files.wav(600_000)));
    expect(result(over).error!.message).toMatch(/A file over 1 MB is sent in parts/);
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

  it('refuses a binary body declared over 2 MB at once, from its Content-Length', async () => {
    const { headers } = await start();
    // No body follows the header: a server that waited for it would never answer, and the test would time out.
    const reply = await send(server!.port, '/api/evidence:uploadChunk', { ...headers, 'content-length': MAX_BINARY_BODY_BYTES + 1 }, Buffer.alloc(0)).catch((error: Error) => error);
    if (reply instanceof Error) expect.fail(`expected a 413 answer, got ${reply.message}`);
    expect(reply.status).toBe(413);
    expect(result(reply).error!.message).toBe('The request is larger than this kind of request may be (2 MB).');
  });

  it('lets one 1 MiB part, as base64 with its JSON, fit in a binary body', () => {
    const json = JSON.stringify(encodeWire({ uploadId: 'f'.repeat(32), index: 199, bytes: new Uint8Array(EVIDENCE_CHUNK_BYTES) }));
    expect(json.length).toBeGreaterThan(MAX_BODY_BYTES);
    expect(json.length).toBeLessThan(MAX_BINARY_BODY_BYTES);
  });

  it('answers 400 for a $bytes marker that is not base64', async () => {
    const { caseId, headers } = await start();
    const body = JSON.stringify({ caseId, fileName: 'a.png', source: 'x', obtainedOn: '2026-11-20', bytes: { $bytes: 'not base64!' } });
    const reply = await send(server!.port, '/api/evidence:add', headers, body);
    expect(reply.status).toBe(400);
    expect(result(reply)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
