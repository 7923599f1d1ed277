import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());

const { CHANNELS, splitChannel } = await import('../../../shared/ipc/contract');
const { contextBridge, ipcRenderer } = electron;

type Exposed = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
let hearth: Exposed;

beforeAll(async () => {
  electron.resetElectronMock();
  await import('../../../preload/index');
  hearth = contextBridge.exposed.get('hearth') as Exposed;
});

/** Every own property name at every level of the exposed object. */
function allKeys(value: unknown, into: string[] = []): string[] {
  if (value && (typeof value === 'object' || typeof value === 'function')) {
    for (const key of Object.getOwnPropertyNames(value)) {
      into.push(key);
      if (typeof value === 'object') allKeys((value as Record<string, unknown>)[key], into);
    }
  }
  return into;
}

describe('preload', () => {
  it('exposes exactly one object, window.hearth', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual(['hearth']);
  });

  it('has one namespace per domain and one function per verb, and nothing else', () => {
    const expected: Record<string, string[]> = {};
    for (const channel of CHANNELS) {
      const [domain, verb] = splitChannel(channel);
      (expected[domain] ??= []).push(verb);
    }
    expect(Object.keys(hearth).sort()).toEqual(Object.keys(expected).sort());
    let count = 0;
    for (const [domain, verbs] of Object.entries(expected)) {
      expect(Object.keys(hearth[domain] ?? {}).sort()).toEqual([...verbs].sort());
      for (const verb of verbs) {
        expect(hearth[domain]?.[verb]).toBeTypeOf('function');
        count += 1;
      }
    }
    expect(count).toBe(CHANNELS.length);
  });

  it('exposes nothing raw: no ipcRenderer, invoke, send, on or generic channel access', () => {
    const keys = allKeys(hearth);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'postMessage', 'channel', 'events']) {
      expect(keys).not.toContain(forbidden);
    }
    expect(Object.isFrozen(hearth)).toBe(true);
  });

  it('sends exactly the one input on its own channel and returns the Result', async () => {
    ipcRenderer.invoke.mockClear();
    const input = { username: 'amira', passphrase: 'correct horse battery staple' };
    const result = await hearth.session?.signIn?.(input);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('session:signIn', input);
    expect(result).toEqual({ ok: true, value: { channel: 'session:signIn', input } });

    for (const channel of CHANNELS) {
      const [domain, verb] = splitChannel(channel);
      ipcRenderer.invoke.mockClear();
      await hearth[domain]?.[verb]?.({});
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, {});
    }
  });
});
