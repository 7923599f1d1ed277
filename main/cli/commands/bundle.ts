import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { pageRange } from '../../../shared/domain/bundle-model';
import type { BundleManifest } from '../../../shared/schemas/bundles';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { onlyWorkersForBuilds } from '../../bundles/host';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, note, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth bundle REF --out FILE.pdf [--json] [--accept-suggestions]` (issue 7 §7): builds the case's court
 * bundle with the default plan (every usable item, sections in the usual order) through the same channels
 * as the builder screen, writes the PDF and its DOCX index, and prints the sections, documents and page
 * ranges. Like the screen, it refuses while the redaction review has undecided passages, unless told to
 * accept every suggestion.
 */
interface BundleOptions {
  out: string;
  index?: string;
  letter?: string;
  hearingDate?: string;
  reason?: string;
  acceptSuggestions?: boolean;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('Give a date like 2026-12-03.');
  return value;
}

function manifestText(m: BundleManifest, path: string, indexPath: string): string {
  const lines = [`${m.fileName}: ${m.pageCount} pages.`, `  Cover  ${pageRange(m.cover.start, m.cover.end)}`, `  Index  ${pageRange(m.index.start, m.index.end)}`];
  for (const s of m.sections) {
    lines.push(`${s.tab}  ${s.title}  ${pageRange(s.start, s.end)}`);
    for (const d of s.documents) lines.push(`  ${d.tab.padEnd(5)} ${d.title}  ${pageRange(d.start, d.end)}${d.duplicateOf ? '  (duplicate)' : ''}`);
  }
  for (const w of m.warnings) lines.push(`${w.severity === 'error' ? 'Error' : w.severity === 'warning' ? 'Warning' : 'Note'}: ${w.message}`);
  lines.push(`Written to ${path} and ${indexPath}.`);
  return lines.join('\n');
}

export function registerBundle(program: Command, io: CliIo): void {
  program
    .command('bundle')
    .description('build the court bundle for a case (PDF, and its index as DOCX)')
    .argument('<ref>', 'the case reference, e.g. C33-2026-0042')
    .requiredOption('--out <file.pdf>', 'where to write the bundle')
    .option('--index <file.docx>', 'where to write the index (default: beside the PDF)')
    .option('--letter <letter>', 'the bundle letter (default A)')
    .option('--hearing-date <date>', 'the hearing date for the file name and cover (default: the next hearing recorded)', isoDate)
    .option('--reason <why>', 'why you need it: required for a restricted case, and recorded in the audit log')
    .option('--accept-suggestions', 'in the redaction review, accept the suggested replacement for every passage not yet decided (recorded as your decisions)')
    .action((ref: string, options: BundleOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        // A worker only for a build that is accepted (issue 15), and none outlives the command.
        await onlyWorkersForBuilds(() => buildAndWrite(ctx, io, ref, options));
      }),
    );
}

async function buildAndWrite(ctx: Parameters<typeof call>[0], io: CliIo, ref: string, options: BundleOptions): Promise<void> {
  await signIn(ctx);
  const view = await call(ctx, 'case:getByRef', { ref, reason: options.reason });
  const caseId = view.header.id;
  const sources = await call(ctx, 'bundle:sources', { caseId });
  const blocking = sources.warnings.filter((w) => w.severity === 'error');
  if (blocking.length) throw new CliFailure('guard', blocking.map((w) => w.message).join(' '));
  const plan = { ...sources.defaultPlan, ...(options.letter ? { letter: options.letter } : {}), ...(options.hearingDate ? { hearingDate: options.hearingDate } : {}) };
  if (options.acceptSuggestions) {
    // The redaction review (issue 16 §3): without this, a passage not decided on the screen stops the build.
    await acceptEverySuggestion(ctx, caseId, plan);
  }
  const started = await call(ctx, 'bundle:build', { caseId, plan });
  let last: JobStatus;
  for (;;) {
    last = await call(ctx, 'job:status', { jobId: started.jobId });
    if (last.state !== 'running') break;
    // A short wait: `hearth bundle` ends as soon as the file is built (issue 15), not up to a tenth of a second later.
    await new Promise((r) => setTimeout(r, 20));
  }
  if (last.state !== 'done') throw new CliFailure('internal', last.message || 'The bundle was not built.');
  const pdf = await call(ctx, 'bundle:content', { bundleId: started.bundleId, part: 'pdf' });
  const docx = await call(ctx, 'bundle:content', { bundleId: started.bundleId, part: 'index-docx' });
  const out = resolve(io.cwd, options.out);
  const indexPath = resolve(io.cwd, options.index ?? out.replace(/\.pdf$/i, '') + ' - index.docx');
  writeFileAtomic(out, pdf.bytes);
  writeFileAtomic(indexPath, docx.bytes);
  const detail = await call(ctx, 'bundle:get', { bundleId: started.bundleId });
  if (!detail.manifest) throw new CliFailure('internal', 'The bundle was built but its manifest is missing.');
  if (ctx.json) note(ctx, `Written to ${out} and ${indexPath}.`);
  print(ctx, manifestText(detail.manifest, out, indexPath), { ...detail.manifest, bundleId: started.bundleId, path: out, indexPath, size: detail.summary.size, sha256: detail.summary.sha256 });
}

/**
 * --accept-suggestions: every passage's suggestion and every box proposed on an exhibit accepted, once the
 * exhibits have been read (the review starts the reading and answers its job), then the exhibits' redacted
 * copies waited for, so the build finds them made.
 */
async function acceptEverySuggestion(ctx: Parameters<typeof call>[0], caseId: number, plan: ChannelInput<'bundle:build'>['plan']): Promise<void> {
  const target = { kind: 'bundle' as const, plan };
  const pause = () => new Promise((r) => setTimeout(r, 50));
  let review = await call(ctx, 'redaction:review', { caseId, target });
  while (review.reading) {
    if (!ctx.json) note(ctx, `Reading ${review.unread.length} exhibit${review.unread.length === 1 ? '' : 's'} for what identifies people…`);
    let status = await call(ctx, 'job:status', { jobId: review.reading });
    while (status.state === 'running') {
      await pause();
      status = await call(ctx, 'job:status', { jobId: review.reading });
    }
    if (status.state !== 'done') throw new CliFailure('internal', status.message);
    review = await call(ctx, 'redaction:review', { caseId, target });
  }
  for (const item of review.items.filter((i) => !i.decision)) await call(ctx, 'redaction:decide', { caseId, target, key: item.key, decision: 'accept' });
  // The boxes in one decision: each exhibit's copy is asked for once, not once per box.
  const boxes = review.boxes.filter((b) => !b.decision).map((b) => b.key);
  if (boxes.length) await call(ctx, 'redaction:decideBoxes', { caseId, target, keys: boxes, decision: 'accept' });
  if (!review.boxes.length) return;
  while ((await call(ctx, 'bundle:sources', { caseId })).candidates.some((c) => c.problem?.includes('still being made'))) await pause();
}
