/**
 * `npm run bench`: the speed figures the issues ask for, on generated data, in one run.
 * Benchmarks live here, never in timed unit tests. Each capability adds its own section.
 * HEARTH_BENCH chooses sections by name, several joined by "|": HEARTH_BENCH='foundation|bundles|cases'.
 * A word that is no section's name picks the sections whose title contains it (case-insensitive).
 */
import { runBundleBench } from './bundles';
import { runCaseBench } from './cases';
import { runDisclosureBench } from './disclosure';
import { runDocumentBench } from './documents';
import { runFoundationBench } from './foundation';
import { runRedactionBench } from './redaction';
import { runReportBench } from './reports';
import { runStandardsBench } from './standards';
import { report } from './stats';
import { runUploadBench } from './uploads';
import { runUiBench } from './ui';
import { runCaseReviewBench } from './case-review';
import { runOfficeBench } from './office';
import { runOfficeStartBench } from './office-start';
import { runReviewBench } from './review';
import { runOcrBench } from './ocr';

type Rows = [string, string, string][];

const sections: [name: string, title: string, run: () => Rows | Promise<Rows>][] = [
  ['foundation', 'Foundation (issue 2)', runFoundationBench],
  ['cases', 'Cases: search, open, intake, list, and sign-in on 50,000 generated cases (issues 3 and 14)', runCaseBench],
  ['reports', 'Reports: a year\'s monitoring report and the board report PDF on 50,000 generated cases (issue 8)', runReportBench],
  ['deadlines', 'Deadlines and legal register on 50,000 generated cases (issues 4 and 5)', runStandardsBench],
  ['documents', 'Documents: one letter, and 1,000 residents’ letters (issue 6)', runDocumentBench],
  ['bundles', 'Bundles: 300 exhibits, about 1,000 pages, against qpdf (issue 7)', runBundleBench],
  ['uploads', 'Evidence upload: a 200 MB file in parts through browser mode, peak memory (issue 13)', runUploadBench],
  ['disclosure', 'Disclosure guard: the generated text of a 300-exhibit bundle, every kind of identifier (issue 16)', runDisclosureBench],
  ['redaction', 'Exhibit redaction: a 20-page scanned exhibit rasterised, read by OCR and redacted in its worker (issue 16)', runRedactionBench],
  ['ui', 'UI: click to settled screen in Chromium against browser mode on 50,000 generated cases, p95 (issue 17; `npm run build` first)', runUiBench],
  ['case-review', 'ASB case review: the threshold check on 500 incidents and the returns over 50,000 (issue 20)', runCaseReviewBench],
  ['office', 'Office host: 20 users on 20 enrolled PCs over mutual TLS, search / open / add contact / letter preview for 2 minutes, on 50,000 generated cases (issue 22)', runOfficeBench],
  ['review', 'Redaction review of a 300-exhibit bundle: reading the exhibits, listing the review, accepting every proposed box (issue 16)', runReviewBench],
  ['office-start', 'Office host start: the first calls just after hearth serve starts on 50,000 generated cases, and the same 30 s later (issue 22)', runOfficeStartBench],
  ['ocr', 'OCR: a 20-page scanned exhibit (dense 10.5 pt text, an 8 pt line) rasterised and read in the exhibit-read worker (issue 16)', runOcrBench],
];

/** Whether HEARTH_BENCH asks for this section. */
function wanted(name: string, title: string, only: string[]): boolean {
  if (only.length === 0) return true;
  return only.some((w) => w === name || (!sections.some(([n]) => n === w) && title.toLowerCase().includes(w)));
}

async function main(): Promise<void> {
  const only = (process.env.HEARTH_BENCH ?? '')
    .toLowerCase()
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);
  for (const [name, title, run] of sections) {
    if (!wanted(name, title, only)) continue;
    console.log(`\n${title}`);
    report(await run());
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
