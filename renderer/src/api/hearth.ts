import { CHANNEL_NAMES, splitChannel } from '../../../shared/ipc/channels';
import type { Channel, ChannelInput, ChannelOutput, HearthApi } from '../../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import type { Result } from '../../../shared/result';
import { noteAnswer } from './connection';

/**
 * The only module that touches window.hearth or fetch (DESIGN §1). In Electron the preload exposes
 * window.hearth; in browser mode there is none, so we build a twin of the same shape from the channel names that
 * posts each call to /api/<domain:verb> with the per-launch token.
 *
 * Every call is watched: an answer with code 'not-signed-in' means the workspace was locked or signed
 * out behind our back (idle lock, another window), and the app is told so it can show the right screen;
 * on a PC working on an office host, each answer also says whether the host was reached (api/connection.ts).
 */

const TOKEN_KEY = 'hearth.token';
const OFFICE_KEY = 'hearth.office';

/** This window works on an office host (issue 22), as browser mode's address said at launch. */
export const worksOnOfficeHost = (): boolean => window.sessionStorage.getItem(OFFICE_KEY) === '1';

/** Browser mode prints `…/#token=HEX`. Keep it for this tab only and take it out of the address bar. */
function captureToken(): string | null {
  const match = /(?:^#|&)token=([0-9a-f]+)/i.exec(window.location.hash);
  if (match?.[1]) {
    window.sessionStorage.setItem(TOKEN_KEY, match[1]);
    // Browser mode on a PC that works on an office host says so (`&office=1`): "Connecting…", not "Opening…".
    if (/(?:^#|&)office=1(?:&|$)/.test(window.location.hash)) window.sessionStorage.setItem(OFFICE_KEY, '1');
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

type RawCall = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

const NOT_ANSWERING: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Hearth is not answering. Check that it is still running, then try again.' },
};

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function httpCall(token: string | null): RawCall {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token ?? '' },
        // JSON cannot carry file bytes: Uint8Arrays travel as {"$bytes": base64} (shared/ipc/wire.ts).
        body: JSON.stringify(encodeWire(input ?? {})),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return NOT_ANSWERING;
    }
    let body: unknown;
    try {
      body = decodeWire(await response.json());
    } catch {
      return NOT_ANSWERING;
    }
    return isResult(body) ? body : NOT_ANSWERING;
  };
}

function preloadCall(api: HearthApi): RawCall {
  const table = api as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;
  return async (channel, input) => {
    const [domain, verb] = splitChannel(channel);
    try {
      return await table[domain]![verb]!(input);
    } catch {
      return NOT_ANSWERING;
    }
  };
}

const signedOutListeners = new Set<() => void>();

/** Calls `listener` whenever any answer says nobody is signed in. Returns the unsubscribe function. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

function watched(call: RawCall): RawCall {
  return async (channel, input) => {
    const result = await call(channel, input);
    noteAnswer(result);
    if (!result.ok && result.error.code === 'not-signed-in') signedOutListeners.forEach((l) => l());
    return result;
  };
}

function buildApi(call: RawCall): HearthApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = splitChannel(channel);
    (api[domain] ??= {})[verb] = (input) => call(channel, input);
  }
  return api as unknown as HearthApi;
}

const call = watched(window.hearth ? preloadCall(window.hearth) : httpCall(captureToken()));

export const hearth: HearthApi = buildApi(call);

/** Calls one channel by name: what the query cache (api/queries.ts) and hooks/useChange use. */
export function callChannel<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return call(channel, input) as Promise<Result<ChannelOutput<C>>>;
}
