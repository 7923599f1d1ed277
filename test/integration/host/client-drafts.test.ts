import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostBridge, type Forward } from '../../../main/host/bridge';
import { keepDraftsOnThisPc, LocalDraftStore } from '../../../main/host/client-drafts';
import { startHostServer } from '../../../main/office/server';
import { raceHateIntake } from '../../helpers/cases';
import { type Host, Pc, PASS, startHost } from './office-fixture';

/**
 * Issue 22 item 4: a contact typed on a PC while the office host cannot be reached is kept on the PC
 * (encrypted with a key from its enrolment), given back to the form while the host is away, sent to the host
 * as soon as it answers again, offered there like any draft, and saved once when submitted.
 */
let host: Host;
let pc: Pc;
let bridge: ReturnType<typeof hostBridge>;
let store: LocalDraftStore;
let forward: Forward;
const dir = mkdtempSync(join(tmpdir(), 'hearth-pc-'));

beforeAll(async () => {
  host = await startHost();
  pc = await Pc.enrol(host, 'Front desk PC');
  bridge = hostBridge(pc.device(), { connectMs: 2000 });
  store = new LocalDraftStore(join(dir, 'device.json.drafts'), pc.identity.keyPem);
  forward = keepDraftsOnThisPc(bridge.forward, store);
});

afterAll(() => {
  bridge.close();
  pc.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; office?: string } }> {
  return JSON.parse(await forward(channel, JSON.stringify(input))) as { ok: boolean };
}

const SUMMARY = 'Rang Mrs Khan about the shouting on the landing; she will keep a diary';

describe('drafts kept on the PC while the host is away', () => {
  it('keeps the contact on the PC, sends it back when the host returns, and it is saved once', async () => {
    expect(await call('session:signIn', { username: 'olive', passphrase: PASS })).toMatchObject({ ok: true });
    const made = (await call('case:create', raceHateIntake({ partner: 'C33' }))) as { ok: true; value: { id: number } };
    const caseId = made.value.id;
    const contact = { caseId, at: '2026-11-21T10:30:00.000Z', kind: 'call', direction: 'out', partyId: null, summary: SUMMARY };

    const port = host.server.port;
    await host.server.close();
    // Typed while the host is away: the draft is taken on the PC, the submission is refused as unreachable.
    expect(await call('draft:save', { form: 'contact', caseId, body: contact })).toMatchObject({ ok: true });
    expect(await call('contact:add', contact)).toMatchObject({ ok: false, error: { code: 'unavailable', office: 'unreachable' } });
    expect(await call('draft:get', { form: 'contact', caseId })).toMatchObject({ ok: true, value: { form: 'contact', caseId, body: { summary: SUMMARY } } });
    // On disk it is sealed: not a word of it, and another PC's key cannot open it.
    const onDisk = readFileSync(store.file, 'utf8');
    expect(onDisk).not.toContain('Khan');
    expect(onDisk).not.toContain('landing');
    expect(() => new LocalDraftStore(store.file, 'another key').all()).toThrow();

    const again = await startHostServer(host.app.core, host.office, { host: '127.0.0.1', port });
    try {
      // The host answers again: the kept draft goes to it first, and the form's offer comes from the host.
      expect(await call('draft:get', { form: 'contact', caseId })).toMatchObject({ ok: true, value: { body: { summary: SUMMARY } } });
      expect(store.all()).toEqual([]);
      expect(await call('draft:list', {})).toMatchObject({ ok: true, value: [{ form: 'contact', caseId }] });

      const added = await call('contact:add', contact);
      expect(added, JSON.stringify(added)).toMatchObject({ ok: true });
      const db = host.app.core.sessions.current()!.ws.db;
      const saved = db.prepare('SELECT summary FROM contacts WHERE case_id = ?').all(caseId) as { summary: string }[];
      expect(saved.map((c) => c.summary)).toEqual([SUMMARY]);
      // Submitting dropped the draft on the host, and nothing is left on the PC to send again.
      expect(await call('draft:get', { form: 'contact', caseId })).toEqual({ ok: true, value: null });
      expect(await call('case:get', { id: caseId })).toMatchObject({ ok: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE case_id = ?').get(caseId)).toEqual({ n: 1 });
    } finally {
      await again.close();
    }
  });

  it('keeps nothing for a PC nobody has signed in on', async () => {
    const fresh = keepDraftsOnThisPc(async () => JSON.stringify({ ok: false, error: { code: 'unavailable', office: 'unreachable', message: 'away' } }), new LocalDraftStore(join(dir, 'other.drafts'), pc.identity.keyPem));
    expect(JSON.parse(await fresh('draft:save', JSON.stringify({ form: 'report', caseId: null, body: { description: 'x' } })))).toMatchObject({ ok: false, error: { office: 'unreachable' } });
  });
});
