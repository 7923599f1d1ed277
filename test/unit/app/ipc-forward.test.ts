import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { encodeWire, decodeWire } from '../../../shared/ipc/wire';
import type { Result } from '../../../shared/result';
import { forwardIpcToHost } from '../../../main/app/ipc-forward';
import { NODE_BASE64 } from '../../../main/wire/node-base64';
import { judgeElectronSender, type InvokeEventLike } from '../../../main/app/sender-check';

/**
 * Issue 22 item 4, the Electron app on a PC that works on an office host. Electron's binary cannot run here,
 * so this drives the forwarding with a fake ipcMain (the same handle(channel, listener) shape): every contract
 * channel is handled, the sender is judged as in single-PC mode before anything is sent, and the call reaches
 * the bridge as browser mode's does, file bytes included, both ways.
 */
type Sender = { id: number };
type Event = InvokeEventLike<Sender>;
const OURS: Sender = { id: 1 };
const ourEvent: Event = { sender: OURS, senderFrame: { url: 'app://hearth/index.html', parent: null } };

function fakeIpcMain() {
  const handlers = new Map<string, (event: Event, input: unknown) => Promise<Result<unknown>>>();
  return { handlers, handle: (channel: string, listener: (event: Event, input: unknown) => Promise<Result<unknown>>) => void handlers.set(channel, listener) };
}

describe('the Electron main process forwarding to an office host', () => {
  const sent: { channel: string; input: unknown }[] = [];
  const ipc = fakeIpcMain();
  forwardIpcToHost(
    ipc,
    CHANNELS,
    async (channel, body) => {
      const input = decodeWire(JSON.parse(body), NODE_BASE64) as { id?: number; bytes?: Uint8Array };
      sent.push({ channel, input });
      if (channel === 'evidence:content') return JSON.stringify(encodeWire({ ok: true, value: { fileName: 'note.pdf', bytes: new Uint8Array([37, 80, 68, 70, 0, 255]) } }, NODE_BASE64));
      if (channel === 'evidence:uploadChunk') return JSON.stringify({ ok: true, value: { received: input.bytes?.length } });
      return JSON.stringify({ ok: true, value: { exists: true, workspaceName: 'Ipswich Office', lockedUser: null, signedIn: false } });
    },
    (event) => judgeElectronSender(event, (sender) => sender === OURS),
  );

  it('handles every channel of the contract, and nothing else', () => {
    expect([...ipc.handlers.keys()]).toEqual([...CHANNELS]);
  });

  it('sends a call from the Hearth window to the host and gives back its answer', async () => {
    const answer = await ipc.handlers.get('workspace:status')!(ourEvent, {});
    expect(answer).toEqual({ ok: true, value: { exists: true, workspaceName: 'Ipswich Office', lockedUser: null, signedIn: false } });
    expect(sent.at(-1)).toEqual({ channel: 'workspace:status', input: {} });
  });

  it('carries file bytes both ways as bytes', async () => {
    const part = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
    expect(await ipc.handlers.get('evidence:uploadChunk')!(ourEvent, { uploadId: 'u1', index: 0, bytes: part })).toEqual({ ok: true, value: { received: part.length } });
    const arrived = (sent.at(-1)!.input as { bytes: Uint8Array }).bytes;
    expect(arrived).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(arrived).equals(Buffer.from(part))).toBe(true);
    const content = (await ipc.handlers.get('evidence:content')!(ourEvent, { id: 3 })) as Result<{ bytes: Uint8Array }>;
    expect(content.ok && [...content.value.bytes]).toEqual([37, 80, 68, 70, 0, 255]);
  });

  it('refuses a sender that is not the Hearth window before anything reaches the host', async () => {
    const before = sent.length;
    const stranger: Event = { sender: { id: 2 }, senderFrame: { url: 'app://hearth/index.html', parent: null } };
    expect(await ipc.handlers.get('case:list')!(stranger, {})).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    const subframe: Event = { sender: OURS, senderFrame: { url: 'https://example.com/', parent: {} } };
    expect(await ipc.handlers.get('case:list')!(subframe, {})).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(sent.length).toBe(before);
  });

  it('passes the bridge’s marked refusals through unchanged, for the renderer to show', async () => {
    const away = fakeIpcMain();
    forwardIpcToHost(away, ['case:list'], async () => JSON.stringify({ ok: false, error: { code: 'unavailable', office: 'unreachable', message: 'The office host cannot be reached.' } }), () => ({ trusted: true, transport: 'electron' }));
    expect(await away.handlers.get('case:list')!(ourEvent, {})).toEqual({ ok: false, error: { code: 'unavailable', office: 'unreachable', message: 'The office host cannot be reached.' } });
  });
});
