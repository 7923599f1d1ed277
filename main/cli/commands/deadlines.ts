import type { Command } from 'commander';
import type { DueItemView } from '../../../shared/schemas/standards';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';
import { londonTime, toLondonIso } from '../../../shared/time/london';

/**
 * `hearth deadlines REF` and `hearth deadlines --due-before DATE` (issue 4 §7): every due item of a case,
 * or the open ones across cases, with due and met times in ISO 8601 with London's offset.
 */
type Row = DueItemView & { ref?: string };

const asJson = (i: Row) => ({
  ...(i.ref ? { ref: i.ref } : {}),
  ruleId: i.ruleId,
  occurrence: i.occurrence,
  label: i.label,
  dueAt: toLondonIso(new Date(i.dueAt)),
  state: i.state,
  metAt: i.metAt ? toLondonIso(new Date(i.metAt)) : null,
  urgent: i.urgent,
  profile: `${i.profileId}@${i.profileVersion}`,
  source: i.source,
  ...(i.waiver ? { waiver: i.waiver } : {}),
});

const text = (rows: Row[]) =>
  rows.length === 0
    ? 'Nothing is due.'
    : rows.map((i) => `${i.ref ? `${i.ref}  ` : ''}${toLondonIso(new Date(i.dueAt)).replace('T', ' ').slice(0, 16)}  ${i.state.padEnd(11)}  ${i.label}`).join('\n');

/** A date (YYYY-MM-DD, meaning the start of that London day) or a full ISO 8601 time. */
function parseBefore(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return londonTime(value, 0, 0).toISOString();
  const t = Date.parse(value);
  if (Number.isNaN(t) || !/T/.test(value)) throw new CliFailure('bad-input', `"${value}" is not a date like 2026-12-01 or a time like 2026-12-01T09:00:00Z.`);
  return new Date(t).toISOString();
}

export function registerDeadlines(program: Command, io: CliIo): void {
  program
    .command('deadlines')
    .description("a case's service-standard deadlines, or every open one due before a date")
    .argument('[ref]', 'the case reference, e.g. C33-2026-0042')
    .option('--due-before <date>', 'open items across your cases due before this date (YYYY-MM-DD) or time')
    .option('--reason <why>', 'why you are opening a restricted case (recorded in the audit log)')
    .action((ref: string | undefined, options: { dueBefore?: string; reason?: string }, command: Command) =>
      withContext(io, command, async (ctx) => {
        if (!ref && !options.dueBefore) throw new CliFailure('bad-input', 'Give a case reference, or --due-before DATE.');
        if (ref && options.dueBefore) throw new CliFailure('bad-input', 'Give either a case reference or --due-before, not both.');
        await signIn(ctx);
        if (ref) {
          const view = await call(ctx, 'case:getByRef', { ref, reason: options.reason });
          const items = await call(ctx, 'deadline:forCase', { caseId: view.header.id });
          print(ctx, text(items), items.map(asJson));
          return;
        }
        const rows = await call(ctx, 'deadline:dueBefore', { before: parseBefore(options.dueBefore!) });
        print(ctx, text(rows), rows.map(asJson));
      }),
    );
}
