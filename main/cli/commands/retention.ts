import type { Command } from 'commander';
import type { DisposalReview } from '../../../shared/schemas/retention';
import { formatDateUK } from '../../../shared/time/london';
import { call, note, print, withContext } from '../context';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth retention review [--json]` (issue 21 item 4): the disposal review for scripts — the cases of the
 * signed-in manager's (or admin's) partners past their retention date, with the rule, the trigger date and
 * any legal hold — through the same retention:review channel as the screen. Read-only: disposal is decided
 * on the screen, one case at a time.
 */
export function registerRetention(program: Command, io: CliIo): void {
  const retention = program.command('retention').description('retention and disposal (issue 21)');
  retention
    .command('review')
    .description('list the cases past their retention date, why, and what holds them')
    .action((_options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const review = await call(ctx, 'retention:review', {});
        print(ctx, describe(review), review);
        for (const w of review.warnings) note(ctx, `Warning: ${w}`);
      }),
    );
}

function describe(review: DisposalReview): string {
  if (!review.items.length) return `Nothing is past its retention date on ${formatDateUK(review.today)}.`;
  const rows = [
    ['CASE', 'DUE', 'RULE', 'KEPT FOR', 'TRIGGER', 'HOLD OR KEPT'],
    ...review.items.map((i) => [i.ref, formatDateUK(i.dueOn!), i.ruleId ?? '–', i.keptFor ?? '–', i.triggerOn ? formatDateUK(i.triggerOn) : '–', i.hold ?? (i.kept ? `kept: ${i.kept.reason}` : '–')]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  const more = review.truncated ? `\n…and ${review.total - review.items.length} more.` : '';
  return `${review.total} case${review.total === 1 ? '' : 's'} past ${review.total === 1 ? 'its' : 'their'} retention date on ${formatDateUK(review.today)}:\n${lines.join('\n')}${more}`;
}
