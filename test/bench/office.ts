import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Result } from '../../shared/result';
import { createCore } from '../../main/core';
import { findCurrentUserByName, setMustChangePassphrase } from '../../main/db/queries/users';
import { hostBridge } from '../../main/host/bridge';
import { DEMO_STAFF, SURNAMES } from '../../main/seed/data';
import { Rng } from '../../main/seed/random';
import { enrolPc, type PcCall, pcCaller, startServe, stopProcess } from '../helpers/office-pc';
import { ADMIN, call, dataset, SLOT_COST } from './cases';
import { ms, quantile } from './stats';

/**
 * Issue 22's load test: an office host (`hearth serve`, its own process) on loopback serving a copy of the
 * 50,000-case dataset over mutual TLS; 20 users, each signed in on their own enrolled PC (a client bridge as
 * browser mode uses, with its own certificate, keep-alive connection and idempotency keys), for two minutes
 * doing an officer's everyday mix: search, open a case, add a contact, preview a letter. Each user waits
 * 1–3 s between actions (HEARTH_BENCH_OFFICE_THINK_MS=min-max), as a person reading the screen does.
 * HEARTH_BENCH_OFFICE_SECONDS shortens (or lengthens) the run. Goal: each p95 under 300 ms, no errors.
 */
const USERS = 20;
const SECONDS = Number(process.env.HEARTH_BENCH_OFFICE_SECONDS ?? 120);
const [THINK_MIN, THINK_MAX] = (process.env.HEARTH_BENCH_OFFICE_THINK_MS ?? '1000-3000').split('-').map(Number) as [number, number];
const PASSPHRASE = 'office bench passphrase';
const CASES_EACH = 40;

type Action = 'search' | 'open a case' | 'add a contact' | 'preview a letter';
/** How often each comes up in an officer's day, out of 20. */
const MIX: [Action, number][] = [
  ['search', 7],
  ['open a case', 6],
  ['add a contact', 4],
  ['preview a letter', 3],
];

interface Officer {
  username: string;
  /** Open cases in their partners with a named complainant: what contacts and letters need. */
  cases: { id: number; complainant: number }[];
}

/** Twenty officers, each with the partners of one of the seeded officers, and the cases they will work on; 20 enrolment codes. */
async function prepare(dir: string): Promise<{ officers: Officer[]; codes: string[] }> {
  const core = createCore({ dir, slotCost: SLOT_COST, log: () => undefined, refreshDeadlines: false });
  await call(core, 'session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  const db = core.sessions.current()!.ws.db;
  const seeded = DEMO_STAFF.filter((s) => s.role === 'officer');
  const officers: Officer[] = [];
  for (let i = 0; i < USERS; i += 1) {
    const partners = seeded[i % seeded.length]!.partners!;
    const username = `office.user${String(i + 1).padStart(2, '0')}`;
    await call(core, 'users:add', { username, displayName: `Office User ${i + 1}`, role: 'officer', passphrase: PASSPHRASE, partners: [...partners] });
    setMustChangePassphrase(db, findCurrentUserByName(db, username)!.id, false);
    const cases = db
      .prepare(
        `SELECT c.id, p.id AS complainant FROM cases c JOIN parties p ON p.case_id = c.id AND p.role = 'complainant' AND p.anonymous = 0
         WHERE c.status = 'open' AND c.restricted = 0 AND c.partner IN (${partners.map(() => '?').join(',')}) GROUP BY c.id ORDER BY c.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...partners, CASES_EACH, i * CASES_EACH) as Officer['cases'];
    officers.push({ username, cases });
  }
  await call(core, 'host:setUp', { officeName: 'Bench Office', addresses: ['127.0.0.1'] });
  const codes: string[] = [];
  for (let i = 0; i < USERS; i += 1) codes.push((await call(core, 'host:enrolmentCode', { deviceName: `PC ${i + 1}` })).code);
  await call(core, 'session:signOut', {});
  core.sessions.signOut();
  return { officers, codes };
}

interface Tally {
  times: Map<Action, number[]>;
  errors: Map<Action, string[]>;
}

/** One action as a PC does it, timed from the request to the decoded answer. */
async function act(pc: PcCall, action: Action, officer: Officer, rng: Rng, tally: Tally): Promise<void> {
  const c = rng.pick(officer.cases);
  const run = (): Promise<Result<unknown>> => {
    switch (action) {
      case 'search':
        return pc('case:list', { query: rng.pick(SURNAMES) });
      case 'open a case':
        return pc('case:get', { id: c.id });
      case 'add a contact':
        return pc('contact:add', { caseId: c.id, at: new Date().toISOString(), kind: 'call', direction: 'out', partyId: c.complainant, summary: 'Rang to check how things are since the last report.' });
      case 'preview a letter':
        return pc('document:preview', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant, actionId: null });
    }
  };
  const t = performance.now();
  const result = await run();
  const took = performance.now() - t;
  if (result.ok) tally.times.get(action)!.push(took);
  else tally.errors.get(action)!.push(`${result.error.code}: ${result.error.message}`);
}

/** One user's two minutes: an action, a pause to read, another action… until the end. */
async function work(pc: PcCall, officer: Officer, rng: Rng, until: number, tally: Tally): Promise<void> {
  const bag = MIX.flatMap(([a, n]) => Array<Action>(n).fill(a));
  while (performance.now() < until) {
    await act(pc, rng.pick(bag), officer, rng, tally);
    await new Promise((r) => setTimeout(r, THINK_MIN + rng.next() * (THINK_MAX - THINK_MIN)));
  }
}

export async function runOfficeBench(): Promise<[string, string, string][]> {
  const { dir: cacheDir } = await dataset();
  const runRoot = mkdtempSync(join(tmpdir(), 'hearth-bench-office-'));
  const dir = join(runRoot, 'workspace');
  cpSync(cacheDir, dir, { recursive: true });
  const { officers, codes } = await prepare(dir);
  const host = await startServe(dir, ADMIN, [], 600_000);
  const bridges: ReturnType<typeof hostBridge>[] = [];
  try {
    const pcs: PcCall[] = [];
    for (let i = 0; i < USERS; i += 1) {
      const bridge = hostBridge(await enrolPc(host.url, codes[i]!, `PC ${i + 1}`));
      bridges.push(bridge);
      const pc = pcCaller(bridge.forward);
      const signedIn = await pc('session:signIn', { username: officers[i]!.username, passphrase: PASSPHRASE });
      if (!signedIn.ok) throw new Error(`${officers[i]!.username} could not sign in: ${signedIn.error.message}`);
      pcs.push(pc);
    }
    // Each PC does each action once before the clock starts: the host's first calls (the templates checked
    // once, the deadline refresh after its sign-in) are the start-up's cost, not the office's steady state.
    const warmUp: Tally = { times: new Map(MIX.map(([a]) => [a, []])), errors: new Map(MIX.map(([a]) => [a, []])) };
    await Promise.all(pcs.map((pc, i) => Promise.all(MIX.map(([action]) => act(pc, action, officers[i]!, new Rng(i), warmUp)))));
    const tally: Tally = { times: new Map(MIX.map(([a]) => [a, []])), errors: new Map(MIX.map(([a]) => [a, []])) };
    const started = performance.now();
    const until = started + SECONDS * 1000;
    await Promise.all(pcs.map((pc, i) => work(pc, officers[i]!, new Rng(100 + i), until, tally)));
    const elapsed = (performance.now() - started) / 1000;

    const rows: [string, string, string][] = [];
    const warmErrors = [...warmUp.errors.values()].flat();
    rows.push(['warm-up (each PC does each action once, not counted): slowest', ms(Math.max(...[...warmUp.times.values()].flat())), `errors: ${warmErrors.length}${warmErrors[0] ? ` (first: ${warmErrors[0]})` : ''}`]);
    const all = [...tally.times.values()].flat();
    const errors = [...tally.errors.values()].flat();
    rows.push([`${USERS} users on ${USERS} enrolled PCs for ${elapsed.toFixed(0)} s, ${THINK_MIN}–${THINK_MAX} ms between actions`, `${all.length + errors.length} requests, ${((all.length + errors.length) / elapsed).toFixed(1)}/s`, `errors: ${errors.length} (goal 0)`]);
    for (const [action] of MIX) {
      const xs = tally.times.get(action)!;
      const es = tally.errors.get(action)!;
      rows.push([`  ${action}: p50 / p95 of ${xs.length}`, `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`, `target p95 < 300 ms; errors ${es.length}${es[0] ? ` (first: ${es[0]})` : ''}`]);
    }
    rows.push(['  every action: p50 / p95 / slowest', `${ms(quantile(all, 0.5))} / ${ms(quantile(all, 0.95))} / ${ms(Math.max(...all))}`, '']);
    return rows;
  } finally {
    for (const b of bridges) b.close();
    await stopProcess(host.child);
    rmSync(runRoot, { recursive: true, force: true });
  }
}
