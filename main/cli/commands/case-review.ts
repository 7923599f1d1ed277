import type { Command } from 'commander';
import type { CaseReviewListRow } from '../../../shared/schemas/case-review';
import { call, print, withContext } from '../context';
import type { CliIo } from '../io';
import { signIn } from '../session';

interface ListOptions {
  partner?: string;
  from?: string;
  to?: string;
}

/** `hearth case-review list`: the ASB case review applications (issue 20), through casereview:list. */
export function registerCaseReview(program: Command, io: CliIo): void {
  const command = program.command('case-review').description('list ASB case review (community trigger) applications');
  command
    .command('list')
    .description('list the applications, oldest first, with the threshold decision, the review and its recommendations')
    .option('--partner <code>', 'one partner only')
    .option('--from <YYYY-MM-DD>', 'received on or after this day')
    .option('--to <YYYY-MM-DD>', 'received on or before this day')
    .addHelpText('after', '\nExample: hearth case-review list --from 2026-04-01 --to 2027-03-31 --json')
    .action((options: ListOptions, cmd: Command) =>
      withContext(io, cmd, async (ctx) => {
        await signIn(ctx);
        const rows = await call(ctx, 'casereview:list', { partner: options.partner ?? null, from: options.from ?? null, to: options.to ?? null });
        print(ctx, table(rows), rows);
      }),
    );
}

const threshold = (met: boolean | null) => (met === null ? 'not decided' : met ? 'met' : 'not met');

function table(rows: readonly CaseReviewListRow[]): string {
  if (!rows.length) return 'No ASB case review applications.';
  const lines = [
    ['RECEIVED', 'CASE', 'PARTNER', 'VIA', 'THRESHOLD', 'REVIEW', 'RECOMMENDATIONS (OPEN)'],
    ...rows.map((r) => [r.receivedOn, r.caseRef, r.partner, r.receivedVia, threshold(r.thresholdMet), r.meetingOn ?? '–', `${r.recommendations} (${r.openRecommendations})`]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
