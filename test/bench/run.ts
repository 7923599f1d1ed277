/**
 * `npm run bench`: the speed figures the issues ask for, on generated data, in one run.
 * Benchmarks live here, never in timed unit tests. Each capability adds its own section.
 * HEARTH_BENCH=cases runs only the sections whose title contains "cases" (case-insensitive).
 */
import { runBundleBench } from './bundles';
import { runCaseBench } from './cases';
import { runDocumentBench } from './documents';
import { runFoundationBench } from './foundation';
import { runReportBench } from './reports';
import { runStandardsBench } from './standards';
import { report } from './stats';
import { runUploadBench } from './uploads';

type Rows = [string, string, string][];

const sections: [string, () => Rows | Promise<Rows>][] = [
  ['Foundation (issue 2)', runFoundationBench],
  ['Cases: search, open, intake, list on 50,000 generated cases (issue 3)', runCaseBench],
  ['Reports: a year\'s monitoring report and the board report PDF on 50,000 generated cases (issue 8)', runReportBench],
  ['Deadlines and legal register on 50,000 generated cases (issues 4 and 5)', runStandardsBench],
  ['Documents: one letter, and 1,000 residents’ letters (issue 6)', runDocumentBench],
  ['Bundles: 300 exhibits, about 1,000 pages, against qpdf (issue 7)', runBundleBench],
  ['Evidence upload: a 200 MB file in parts through browser mode, peak memory (issue 13)', runUploadBench],
];

async function main(): Promise<void> {
  const only = process.env.HEARTH_BENCH?.toLowerCase();
  for (const [title, run] of sections) {
    if (only && !title.toLowerCase().includes(only)) continue;
    console.log(`\n${title}`);
    report(await run());
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
