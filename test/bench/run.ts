/**
 * `npm run bench`: the speed figures the issues ask for, on generated data, in one run.
 * Benchmarks live here, never in timed unit tests. Each capability adds its own section.
 */
import { runFoundationBench } from './foundation';
import { report } from './stats';

const sections: [string, () => [string, string, string][]][] = [['Foundation (issue 2)', runFoundationBench]];

for (const [title, run] of sections) {
  console.log(`\n${title}`);
  report(run());
}
