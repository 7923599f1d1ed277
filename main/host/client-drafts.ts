import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Result } from '../../shared/result';
import type { SessionInfo } from '../../shared/schemas/session';
import type { Forward } from './bridge';

/**
 * Drafts kept on the PC while the office host cannot be reached (issue 22 item 4). The renderer saves a long
 * form's draft as the person types (draft:save, hooks/useDraft.ts); on a PC whose host does not answer, the
 * bridge keeps that draft here instead, encrypted under a key drawn from this PC's enrolment (its device
 * key), answers as the host would, and gives it back to draft:get. When the host answers again for the same
 * person, the drafts are sent to it first, before anything else, so the form's offer ("You have an unsaved
 * contact…") comes from the host as for any draft, and submitting it saves it once.
 *
 * Never plain text on disk, never localStorage: the file is AES-256-GCM, and holds nothing without the key.
 */
interface LocalDraft {
  user: string;
  form: string;
  caseId: number | null;
  body: unknown;
  updatedAt: string;
}

export class LocalDraftStore {
  readonly #key: Buffer;

  constructor(
    readonly file: string,
    deviceKeyPem: string,
  ) {
    this.#key = Buffer.from(hkdfSync('sha256', deviceKeyPem, 'hearth office host', 'drafts kept on this PC', 32));
  }

  all(): LocalDraft[] {
    if (!existsSync(this.file)) return [];
    const sealed = JSON.parse(readFileSync(this.file, 'utf8')) as { iv: string; tag: string; data: string };
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as LocalDraft[];
  }

  #write(drafts: LocalDraft[]): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(drafts), 'utf8'), cipher.final()]);
    const sealed = { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    // Written beside and renamed over: a crash mid-write leaves the last whole file, never half of one.
    writeFileSync(`${this.file}.new`, JSON.stringify(sealed), { mode: 0o600 });
    renameSync(`${this.file}.new`, this.file);
  }

  put(draft: LocalDraft): void {
    this.#write([...this.all().filter((d) => !same(d, draft)), draft]);
  }

  get(key: DraftKey): LocalDraft | undefined {
    return this.all().find((d) => same(d, key));
  }

  drop(key: DraftKey): void {
    const all = this.all();
    const kept = all.filter((d) => !same(d, key));
    if (kept.length !== all.length) this.#write(kept);
  }

  of(user: string): LocalDraft[] {
    return this.all().filter((d) => d.user === user);
  }
}

type DraftKey = Pick<LocalDraft, 'user' | 'form' | 'caseId'>;
const same = (a: DraftKey, b: DraftKey) => a.user === b.user && a.form === b.form && a.caseId === b.caseId;

const SIGN_IN = new Set(['session:signIn', 'session:unlock', 'session:whoami']);

function parse(text: string): Result<unknown> | null {
  try {
    return JSON.parse(text) as Result<unknown>;
  } catch {
    return null;
  }
}

const unreachable = (answer: Result<unknown> | null) => answer !== null && !answer.ok && answer.error.office === 'unreachable';

/** The bridge's forward, with drafts kept on this PC while the host cannot be reached. */
export function keepDraftsOnThisPc(forward: Forward, store: LocalDraftStore, now: () => Date = () => new Date()): Forward {
  /** Who is signed in on this PC, as the host last said: drafts are theirs alone. */
  let user: string | null = null;
  let sending: Promise<void> | null = null;

  /** Sends this person's kept drafts to the host, oldest first; stops at the first the host does not take. */
  async function sendKept(who: string): Promise<void> {
    for (const draft of store.of(who).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
      const answer = parse(await forward('draft:save', JSON.stringify({ form: draft.form, caseId: draft.caseId, body: draft.body })));
      if (!answer?.ok) return;
      store.drop(draft);
    }
  }

  return async (channel, body) => {
    if (user && !SIGN_IN.has(channel) && store.of(user).length > 0) {
      sending ??= sendKept(user).finally(() => (sending = null));
      await sending;
    }
    const text = await forward(channel, body);
    const answer = parse(text);
    if (SIGN_IN.has(channel) && answer?.ok) {
      user = (answer.value as SessionInfo).user.username;
      // Signed in again after the host came back: what was kept goes to the host before the forms ask for it.
      if (user && channel !== 'session:whoami' && store.of(user).length > 0) await sendKept(user);
    }
    if (!user || !unreachable(answer)) {
      if (channel === 'draft:discard' && answer?.ok && user) store.drop({ user, ...draftKeyIn(body) });
      return text;
    }
    if (channel === 'draft:save') {
      const input = JSON.parse(body) as { body?: unknown };
      const updatedAt = now().toISOString();
      store.put({ user, ...draftKeyIn(body), body: input.body ?? null, updatedAt });
      return JSON.stringify({ ok: true, value: { updatedAt } });
    }
    if (channel === 'draft:get') {
      const kept = store.get({ user, ...draftKeyIn(body) });
      if (kept) return JSON.stringify({ ok: true, value: { form: kept.form, caseId: kept.caseId, body: kept.body, updatedAt: kept.updatedAt } });
    }
    if (channel === 'draft:discard') store.drop({ user, ...draftKeyIn(body) });
    return text;
  };
}

function draftKeyIn(body: string): { form: string; caseId: number | null } {
  const input = JSON.parse(body) as { form?: unknown; caseId?: unknown };
  return { form: String(input.form), caseId: typeof input.caseId === 'number' ? input.caseId : null };
}
