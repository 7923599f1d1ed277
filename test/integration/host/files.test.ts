import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import type { Result } from '../../../shared/result';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/schemas/evidence';
import { MAX_BINARY_BODY_BYTES } from '../../../main/browser/body-limits';
import { NODE_BASE64 } from '../../../main/wire/node-base64';
import { hostBridge } from '../../../main/host/bridge';
import { downloadInParts } from '../../../main/host/chunked-downloads';
import { ANSWER_PART_BYTES, answerPartPath, type AnswerManifest } from '../../../main/host/answer-parts';
import { raceHateIntake } from '../../helpers/cases';
import * as files from '../../helpers/evidence-files';
import { uploadInParts } from '../../helpers/uploads';
import { type Host, Pc, PASS, pcBrowserMode, type PcBrowser, post as postToHost, startHost } from './office-fixture';

/**
 * Issue 22 item 5, files over the office host: a 30 MB recording goes from a PC's browser mode through the
 * bridge to the host in the renderer's 1 MiB parts (evidence:uploadStart/Chunk/Finish, the same route as
 * single-PC browser mode; no second upload path), arrives byte for byte, comes back to the renderer's one
 * evidence:content fetched from the host part by part (evidence:contentPart), and no request the host reads may
 * carry more than 2 MiB: one file as one JSON body is refused on the PC and on the host.
 */
let host: Host;
let pc: Pc;
let browser: PcBrowser;
let bridge: ReturnType<typeof hostBridge>;

beforeAll(async () => {
  host = await startHost();
  pc = await Pc.enrol(host, 'Front desk PC');
  bridge = hostBridge(pc.device());
  browser = await pcBrowserMode(downloadInParts(bridge.forward));
});

afterAll(async () => {
  bridge.close();
  pc.close();
});

const post = (channel: string, body: string) => browser.post(channel, body);
const renderer = { call: <C extends Channel>(channel: C, input: ChannelInput<C>) => browser.call(channel, input) };

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const details = { source: 'Complainant’s phone', obtainedOn: '2026-11-20', description: 'The night of 19 November', allowDuplicate: false };

describe('files through the office host', () => {
  it('takes a 30 MB recording in 1 MiB parts, byte for byte', async () => {
    expect(await renderer.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await renderer.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const wav = files.wav(15 * 1024 * 1024);
    for (let at = 0; at < wav.length - 64; at += 4093) wav.writeUInt32LE((at * 2654435761) >>> 0, 60 + (at % (wav.length - 64 - 60)));
    expect(wav.length).toBeGreaterThan(30 * 1024 * 1024);

    const stored = await uploadInParts(renderer, made.value.id, 'landing at night.wav', wav, details, { sha256: sha256(wav) });
    expect(stored).toMatchObject({ ok: true, value: { size: wav.length, sha256: sha256(wav), type: 'audio' } });
    if (!stored.ok) return;
    // Read back on the host from its own encrypted store: the same bytes.
    const db = host.app.core.sessions.current()!.ws.db;
    expect(db.prepare('SELECT size, sha256 FROM evidence WHERE id = ?').get(stored.value.id)).toEqual({ size: wav.length, sha256: sha256(wav) });
    const parts = Math.ceil(wav.length / EVIDENCE_CHUNK_BYTES);
    expect(parts).toBeGreaterThanOrEqual(30);

    // And back: the renderer's one evidence:content, fetched from the host part by part, byte for byte.
    const back = await renderer.call('evidence:content', { id: stored.value.id });
    expect(back.ok && back.value.mediaType).toBe('audio/wav');
    expect(back.ok && Buffer.from(back.value.bytes).equals(wav)).toBe(true);
    const asked = db.prepare("SELECT action, detail FROM audit_events WHERE action LIKE 'evidence:content%' ORDER BY seq").all() as { action: string; detail: string }[];
    expect(asked.map((a) => a.action)).toEqual(Array.from({ length: parts }, () => 'evidence:contentPart'));
    expect(asked.map((a) => (JSON.parse(a.detail) as { part: number }).part)).toEqual(Array.from({ length: parts }, (_, i) => i));
  });

  it('never lets one request carry the file: over 2 MiB is refused on the PC, and by the host itself', async () => {
    const made = await renderer.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const big = files.wav(2 * 1024 * 1024); // 4 MB
    // From the renderer, the PC's own server refuses it before forwarding a byte.
    const onPc = await post('evidence:add', JSON.stringify(encodeWire({ caseId: made.value.id, fileName: 'big.wav', bytes: big, ...details }, NODE_BASE64)));
    expect(onPc.status).toBe(413);
    // Straight to the host (a PC that skipped its own check): the host's route limit for file parts.
    expect(MAX_BINARY_BODY_BYTES).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(await pc.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const started = await pc.call('evidence:uploadStart', { caseId: made.value.id, fileName: 'big.wav', size: big.length });
    if (!started.ok) throw new Error(started.error.message);
    const answer = await pc.raw('evidence:uploadChunk', { uploadId: started.value.uploadId, index: 0, bytes: big });
    expect(answer).toMatchObject({ status: 413, result: { ok: false, error: { code: 'bad-input', message: expect.stringContaining('2 MB') } } });
    const db = host.app.core.sessions.current()!.ws.db;
    expect(db.prepare("SELECT COUNT(*) AS n FROM evidence WHERE file_name = 'big.wav'").get()).toEqual({ n: 0 });
  });

  it('sends any long answer in parts only the PC that asked can fetch, and the bridge puts it back together', async () => {
    expect(await renderer.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const made = await renderer.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const wav = files.wav(1536 * 1024); // 3 MB: one answer of about 4 MB of base64
    for (let at = 64; at < wav.length - 4; at += 977) wav.writeUInt32LE((at * 40503) >>> 0, at);
    const stored = await uploadInParts(renderer, made.value.id, 'stairs.wav', wav, details, { sha256: sha256(wav) });
    if (!stored.ok) throw new Error(stored.error.message);

    // Asked for whole (as document:export, bundle:content or a report are), the host answers with a manifest.
    expect(await pc.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const whole = await pc.raw('evidence:content', { id: stored.value.id });
    if ('error' in whole) throw new Error(whole.error);
    const manifest = (whole.result as unknown as AnswerManifest).parts;
    expect(manifest.count).toBe(Math.ceil(manifest.bytes / ANSWER_PART_BYTES));
    expect(manifest.count).toBeGreaterThanOrEqual(4);
    // Another enrolled PC cannot fetch its parts.
    const other = await Pc.enrol(host, 'Back office PC');
    const stolen = await postToHost(host.server.port, answerPartPath(manifest.id, 0), {}, other.identity);
    expect(stolen).toMatchObject({ status: 404, result: { ok: false, error: { code: 'not-found' } } });
    other.close();

    // Through the bridge (without the evidence-specific parts), the renderer's answer is whole, byte for byte.
    // (Signing in on this PC again: the raw sign-in above took the PC's one session for that user.)
    expect(await renderer.call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const text = await bridge.forward('evidence:content', JSON.stringify({ id: stored.value.id }));
    const back = decodeWire(JSON.parse(text), NODE_BASE64) as Result<ChannelOutput<'evidence:content'>>;
    if (!back.ok) throw new Error(back.error.message);
    expect(Buffer.from(back.value.bytes).equals(wav)).toBe(true);
  });
});
