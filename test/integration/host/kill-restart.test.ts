import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { raceHateIntake } from '../../helpers/cases';
import { enrolPc, startServe, stopProcess } from '../../helpers/office-pc';
import { ADMIN, initWorkspace, useTempDirs } from '../cli/harness';
import { Pc } from './office-fixture';

/**
 * The office host killed and restarted (issue 22, "loses no acknowledged write"): `hearth serve` runs as a
 * process of its own; a PC writes notes and contacts on one case in two streams, each write with its own
 * idempotency key; the host is killed with SIGKILL (a crash, a power cut: nothing of it runs afterwards)
 * while both streams have a write in flight; an administrator starts it again. Every write the PC was told
 * was saved is there exactly once, the writes that were in flight and are retried with their keys are there
 * exactly once, with one audit event each, and the audit chain verifies.
 */
const temp = useTempDirs();
const running: ChildProcess[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) await stopProcess(child, 'SIGKILL');
});

async function enrol(url: string, code: string): Promise<Pc> {
  const device = await enrolPc(url, code, 'Front desk PC');
  return new Pc(Number(new URL(url).port), { certPem: device.certPem, keyPem: device.keyPem, caPem: device.caPem, serial: device.serial });
}

interface Write {
  kind: 'note' | 'contact';
  text: string;
  key: string;
}

const inputOf = (caseId: number, w: Write) =>
  w.kind === 'note' ? (['note:add', { caseId, text: w.text }] as const) : (['contact:add', { caseId, at: '2026-11-21T10:00:00Z', kind: 'call', direction: 'out', partyId: null, summary: w.text }] as const);

async function send(pc: Pc, caseId: number, w: Write) {
  const [channel, input] = inputOf(caseId, w);
  return channel === 'note:add' ? pc.raw('note:add', input, { key: w.key }) : pc.raw('contact:add', input as never, { key: w.key });
}

describe('the office host killed with SIGKILL and started again', () => {
  it('keeps every acknowledged write exactly once, applies a retried in-flight write at most once, and the chain verifies', async () => {
    const { dir } = await initWorkspace(temp());
    const first = await startServe(dir, ADMIN, ['--enrol', 'Front desk PC']);
    running.push(first.child);
    let pc = await enrol(first.url, first.code!);
    expect(await pc.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({ ok: true });
    expect(await pc.call('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' })).toMatchObject({ ok: true });
    const made = await pc.call('case:create', raceHateIntake({ partner: 'C33' }));
    if (!made.ok) throw new Error(made.error.message);
    const caseId = made.value.id;

    // Two streams of writes; each stream sends its next write as soon as the last was answered.
    const acknowledged: Write[] = [];
    const inFlight: Write[] = [];
    const KILL_AFTER = 30;
    let killing: Promise<void> | null = null;
    const stream = async (kind: Write['kind']) => {
      for (let i = 0; ; i += 1) {
        const w: Write = { kind, text: `${kind} ${i} ${randomUUID()}`, key: randomUUID() };
        const sent = send(pc, caseId, w);
        if (acknowledged.length >= KILL_AFTER && !killing) {
          // Kill the host while this write is on its way (it may or may not have been applied).
          await new Promise((r) => setTimeout(r, 2));
          killing = stopProcess(first.child, 'SIGKILL');
        }
        const answer = await sent;
        if ('error' in answer) {
          inFlight.push(w);
          return;
        }
        expect(answer.result, JSON.stringify(answer.result)).toMatchObject({ ok: true });
        acknowledged.push(w);
      }
    };
    await Promise.all([stream('note'), stream('contact')]);
    await killing;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(inFlight).toHaveLength(2);
    pc.close();

    // The administrator starts the host again (the lock died with the process); the PC signs in anew.
    const second = await startServe(dir, ADMIN);
    running.push(second.child);
    pc = new Pc(second.port, pc.identity);
    expect(await pc.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).toMatchObject({ ok: true });
    for (const w of inFlight) {
      // Retried with the same key, twice: saved now, or already saved before the kill; never twice.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const retried = await send(pc, caseId, w);
        if ('error' in retried) throw new Error(`the retry failed: ${retried.error}`);
        const r = retried.result;
        if (!r.ok) expect(r.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Nothing was saved twice') });
      }
    }

    const view = await pc.call('case:get', { id: caseId });
    if (!view.ok) throw new Error(view.error.message);
    const texts = view.value.chronology.filter((c) => c.kind === 'note' || c.kind === 'contact').map((c) => `${c.title}\n${c.detail}`);
    const timesIn = (text: string) => texts.filter((t) => t.includes(text)).length;
    for (const w of [...acknowledged, ...inFlight]) expect(timesIn(w.text), w.text).toBe(1);
    expect(texts).toHaveLength(acknowledged.length + inFlight.length);

    // One audit event per change: a retry answered from its key writes none.
    const events = await pc.call('audit:list', { limit: 500 });
    if (!events.ok) throw new Error(events.error.message);
    expect(events.value.length).toBeLessThan(500);
    const saved = events.value.filter((e) => (e.action === 'note:add' || e.action === 'contact:add') && e.outcome === 'ok');
    expect(saved).toHaveLength(acknowledged.length + inFlight.length);

    const verified = await pc.call('audit:verify', {});
    expect(verified).toMatchObject({ ok: true, value: { ok: true, problem: null } });
    pc.close();

    // Stopped cleanly this time.
    await stopProcess(second.child);
    expect(second.output()).toContain('Stopped serving the workspace.');
  });
});
