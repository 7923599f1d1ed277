import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ruleWords } from '../../../shared/retention/words';
import type { DisposalReview } from '../../../shared/schemas/retention';
import type { ScheduleView, SetScheduleInput } from '../../../shared/schemas/retention-schedule';
import { formatDateUK } from '../../../shared/time/london';
import { call, note, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
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
  retention
    .command('schedule')
    .description('show a partner’s retention schedule, or add a new version of it from a JSON file')
    .argument('<partner>', 'the partner’s code, such as C33')
    .option('--show', 'show the version in force and the earlier ones (the default)')
    .option('--set <file.json>', 'add a version: {"rules": [{"id", "recordKind", "trigger", "keepMonths", "basis"}, …]} — start from --show --json')
    .addHelpText('after', '\nExample: hearth retention schedule C33 --show --json > c33.json; edit keepMonths; hearth retention schedule C33 --set c33.json')
    .action((partner: string, options: { show?: boolean; set?: string }, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const code = partner.trim().toUpperCase();
        if (options.set) {
          const saved = await call(ctx, 'retention:setSchedule', { partner: code, rules: rulesIn(options.set) });
          print(ctx, `Added ${saved.scheduleId} version ${saved.version}; it applies to ${code}’s cases from now on.`, saved);
          for (const w of saved.warnings) note(ctx, `Warning: ${w}`);
          return;
        }
        const view = await call(ctx, 'retention:schedule', { partner: code });
        print(ctx, scheduleText(view), { ...view.inForce, versions: view.versions.map((v) => ({ id: v.id, version: v.version, createdBy: v.createdBy, createdAt: v.createdAt })) });
        for (const w of view.warnings) note(ctx, `Warning: ${w}`);
      }),
    );
}

/** The rules from a file: {"rules": […]} (what --show --json prints) or the list alone. */
function rulesIn(file: string): SetScheduleInput['rules'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliFailure('bad-input', `${file} could not be read as JSON (${(error as Error).message}). Start from hearth retention schedule PARTNER --show --json.`);
  }
  const rules = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) throw new CliFailure('bad-input', `${file} has no "rules" list. Start from hearth retention schedule PARTNER --show --json.`);
  return rules as SetScheduleInput['rules'];
}

function scheduleText(view: ScheduleView): string {
  const s = view.inForce;
  const lines = s.rules.map((r) => `  ${r.id}: ${ruleWords(r)} — ${r.basis}`);
  const earlier = view.versions.filter((v) => !(v.id === s.id && v.version === s.version)).map((v) => `  ${v.id} v${v.version}${v.createdAt ? `, added ${formatDateUK(v.createdAt)} by ${v.createdBy}` : ' (Hearth’s default)'}`);
  return [`${view.partner}: ${s.name} is in force${s.createdAt ? ` (added ${formatDateUK(s.createdAt)} by ${s.createdBy})` : ''}.`, ...lines, ...(earlier.length ? ['Other versions:', ...earlier] : [])].join('\n');
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
