import type { z } from 'zod';
import type { Action } from '../roles';

/**
 * What one channel of the IPC contract (./contract.ts) declares: its input and output schemas, who may
 * call it (access: 'public' needs no session; otherwise the Action can() must allow) and what the audit
 * log records (audit: 'always' for every call, views and exports too; 'never' for status pings).
 */
export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: 'public' | Action;
  audit: 'always' | 'never';
  /**
   * Carries file bytes (Uint8Array) in its input or output. Browser mode lets a signed-in person whose
   * role may use the channel send it a body of up to 2 MiB (one 1 MiB part as base64, with its JSON);
   * every other request body is limited to 1 MiB, and checked before it is read (main/browser/server.ts).
   */
  binary?: true;
}
export const spec = <I extends z.ZodType, O extends z.ZodType>(s: ChannelSpec<I, O>) => s;
