import { performance } from 'node:perf_hooks';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { onlyWorkersForBuilds, readyWorkerReadAhead, readyWorkerWarmedUp, stopReadyWorker } from '../../main/bundles/host';
import { lastTiming } from '../../main/bundles/service';
import { createCore } from '../../main/core';
import { dispatch } from '../../main/ipc/dispatch';
import { cpuByThread, threadCpu } from './thread-cpu';

/**
 * One bundle build in a process of its own, for npm run bench (test/bench/bundles.ts): signs in to the
 * workspace it is given, builds the case's bundle with the default plan through dispatch() as the builder
 * screen does (start, then poll), and prints the wall time, the pages and the process's peak memory
 * (main and the worker thread together: maxRSS is per process) as JSON on stdout.
 *
 *   tsx test/bench/bundle-build.ts WORKSPACE USER PASSPHRASE CASE-ID [warm-up-case-id]
 */
const [dir, username, passphrase, caseArg, warmArg] = process.argv.slice(2);
const CLI = { trusted: true, transport: 'cli' } as const;

async function main(): Promise<void> {
  const core = createCore({ dir: dir!, log: () => undefined });
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await dispatch(core, channel, input, CLI);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  };
  // As `hearth bundle` starts: signing in (the production key cost), no worker until the build is accepted.
  const processCpu0 = process.cpuUsage();
  await call('session:signIn', { username: username!, passphrase: passphrase! });

  /**
   * 'cli': as `hearth bundle` builds, in a fresh process, its worker started once the build is accepted;
   * 'cold': the same a second time (main no longer fresh, the worker is); 'at-once'/'warmed': the builder screen.
   */
  const build = async (caseId: number, mode: 'cli' | 'cold' | 'at-once' | 'warmed') => {
    const preview = mode === 'at-once' || mode === 'warmed';
    const readFirst = mode === 'warmed';
    const sources = await call('bundle:sources', { caseId });
    // As on the builder screen: the index with its page numbers is shown before building.
    if (preview) await call('bundle:preview', { caseId, plan: sources.defaultPlan });
    else if (mode === 'cold') await stopReadyWorker();
    // The redaction review (issue 16 §3) is done before Build: every suggestion accepted here.
    const target = { kind: 'bundle' as const, plan: sources.defaultPlan };
    const reviewStarted = performance.now();
    let review = await call('redaction:review', { caseId, target });
    const reviewMs = performance.now() - reviewStarted;
    // The exhibits are read for the boxes the review proposes (issue 16) the first time only: kept after that.
    while (review.reading) {
      while ((await call('job:status', { jobId: review.reading })).state === 'running') await new Promise((r) => setTimeout(r, 50));
      review = await call('redaction:review', { caseId, target });
    }
    for (const item of review.items.filter((i) => !i.decision)) await call('redaction:decide', { caseId, target, key: item.key, decision: 'accept' });
    for (const box of review.boxes.filter((b) => !b.decision)) await call('redaction:decide', { caseId, target, key: box.key, decision: 'accept' });
    while (review.boxes.length && (await call('bundle:sources', { caseId })).candidates.some((c) => c.problem?.includes('still being made'))) await new Promise((r) => setTimeout(r, 50));
    // The officer reads the index until the worker has warmed up (engine/warm-up.ts).
    // A ready worker is unref'd (it never keeps Hearth running), so keep this process alive while it warms up.
    const alive = setInterval(() => undefined, 1000);
    const warm = readFirst ? await readyWorkerWarmedUp() : null;
    // And, as the officer reads, the plan's files are opened ahead (engine/read-ahead.ts).
    if (readFirst) await readyWorkerReadAhead();
    clearInterval(alive);
    const threads0 = threadCpu();
    const started = performance.now();
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const job = await call('bundle:build', { caseId, plan: sources.defaultPlan });
    let p = await call('job:status', { jobId: job.jobId });
    while (p.state === 'running') {
      await new Promise((r) => setTimeout(r, 5)); // a short poll: the figure is the build, not the wait between polls
      p = await call('job:status', { jobId: job.jobId });
    }
    const ms = performance.now() - started;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    // Read while the build's worker is still kept (a one-shot command ends it after this).
    const threads = cpuByThread(threads0, threadCpu());
    if (p.state !== 'done' || p.result?.kind !== 'bundle') throw new Error(`the build ended ${p.state}: ${p.message}`);
    return { reviewMs, passages: review.items.length, ms, pages: p.result.bundle.pageCount!, size: p.result.bundle.size!, mainBusyMs: elu.active, processCpuMs: (cpu.user + cpu.system) / 1000, warmUpMs: warm?.ms ?? null, threads };
  };

  // A small build first when asked: the JavaScript the worker runs is then compiled and cached by tsx, as
  // it is ahead of time in the packaged app. The measured build still starts a fresh worker.
  const before = process.resourceUsage().maxRSS;
  // First as the CLI builds (a worker started for the build); then as the screen does: the builder opens
  // (a worker is started and warms up), shows the index with its page numbers, and Build is pressed at
  // once; and the same with Build pressed once the worker has warmed up (the officer reads the screen).
  // The CLI's way first, in a fresh process as `hearth bundle` is; then a worker started for the build with
  // nothing before it (the main thread is no longer fresh by then, the worker is).
  const cli = await onlyWorkersForBuilds(() => build(Number(caseArg), 'cli'));
  const cliTiming = lastTiming;
  // Everything the process and its worker did up to then (loading, the warm-up, signing in, the build).
  const cliTotal = process.cpuUsage(processCpu0);
  await stopReadyWorker();
  const cold = await onlyWorkersForBuilds(() => build(Number(caseArg), 'cold'));
  const coldTiming = lastTiming;
  await stopReadyWorker();
  void warmArg;
  const atOnce = await build(Number(caseArg), 'at-once');
  const atOnceTiming = lastTiming;
  await stopReadyWorker();
  const result = await build(Number(caseArg), 'warmed');
  const peak = process.resourceUsage().maxRSS;
  await stopReadyWorker(); // ended, not killed at exit: node --cpu-prof then writes the worker's profile too
  process.stdout.write(
    `${JSON.stringify({ ...result, cliMs: cli.ms, cliCpuMs: cli.processCpuMs, cliThreads: cli.threads, cliTotalCpuMs: (cliTotal.user + cliTotal.system) / 1000, cliTiming, coldMs: cold.ms, coldCpuMs: cold.processCpuMs, coldTiming, atOnceMs: atOnce.ms, atOnceTiming, peakMb: peak / 1024, beforeMb: before / 1024, timing: lastTiming })}\n`,
  );
  core.sessions.signOut();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
