import { CHANNELS, splitChannel, type Channel, type ChannelInput, type ChannelOutput, type HearthApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

/**
 * window.hearth for component tests: the same shape the preload exposes, answering from handlers each
 * test gives. Every call is recorded, so a test can say what the screen asked main for and with what.
 */
type Handler = (input: never) => Result<unknown> | Promise<Result<unknown>>;

const handlers = new Map<Channel, Handler>();
export const calls: { channel: Channel; input: unknown }[] = [];

/** Main's answer to a channel, for the rest of the test. */
export function answer<C extends Channel>(channel: C, handler: (input: ChannelInput<C>) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>): void {
  handlers.set(channel, handler as Handler);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refused = (message: string, code: 'bad-input' | 'guard' | 'conflict' = 'bad-input'): Result<never> => ({ ok: false, error: { code, message } });

export const callsTo = (channel: Channel) => calls.filter((c) => c.channel === channel).map((c) => c.input);

export function resetHearth(): void {
  handlers.clear();
  calls.length = 0;
}

export function fakeHearth(): HearthApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = splitChannel(channel);
    (api[domain] ??= {})[verb] = async (input) => {
      calls.push({ channel, input });
      const handler = handlers.get(channel);
      if (!handler) return { ok: false, error: { code: 'internal', message: `The test gave no answer for ${channel}.` } };
      return handler(input as never);
    };
  }
  return api as unknown as HearthApi;
}
