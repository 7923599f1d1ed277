import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of each thread of this process (Linux: /proc/self/task; elsewhere nothing), for npm run bench.
 * A CPU profile samples only JavaScript threads; issue 15's cold build turned out to spend as much CPU in
 * V8's background threads (the optimising compiler, the collector) as in its worker.
 */
export type ThreadCpu = Map<number, number>;

export function threadCpu(): ThreadCpu {
  const out: ThreadCpu = new Map();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // clock ticks of 10 ms
    } catch {
      // the thread ended while we read: it is left out
    }
  }
  return out;
}

/** Between two readings: main, the threads started since (the build's worker), and the rest (V8's and libuv's own threads). */
export function cpuByThread(before: ThreadCpu, after: ThreadCpu): { main: number; started: number; background: number } | null {
  if (!after.size) return null;
  const split = { main: 0, started: 0, background: 0 };
  for (const [tid, ms] of after) {
    if (tid === process.pid) split.main += ms - (before.get(tid) ?? 0);
    else if (!before.has(tid)) split.started += ms;
    else split.background += ms - before.get(tid)!;
  }
  return split;
}
