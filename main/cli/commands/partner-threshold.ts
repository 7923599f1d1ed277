import type { Command } from 'commander';
import type { ThresholdVersions } from '../../../shared/schemas/case-review';
import { toIsoDate } from '../../../shared/time/input';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

interface ThresholdOptions {
  set?: boolean;
  from?: string;
  name?: string;
  count?: string;
  window?: string;
  hate?: string;
  vulnerable?: string;
  why?: string;
}

/**
 * `hearth partner threshold CODE [--set …]` (issue 20): a partner's ASB case review threshold versions,
 * and a new one in force from a day, through the same casereview:setThreshold (its checks, its audit) as
 * the Partners screen. Managers and administrators.
 */
export function registerPartnerThreshold(partner: Command, io: CliIo): void {
  partner
    .command('threshold')
    .description('show a partner’s ASB case review threshold versions, or add one in force from a day (--set)')
    .argument('<code>', 'the partner’s code, such as C33')
    .option('--set', 'add a new version (needs --from, --count and --name)')
    .option('--from <date>', 'the first day it is in force, as 01/12/2026 or 2026-12-01')
    .option('--name <words>', 'its name, such as "Two complaints in six months"')
    .option('--count <n>', 'qualifying complaints that meet it: 1 to 3 (s.104(4))')
    .option('--window <months>', 'the window before the application, in months (at least 6)', '6')
    .option('--hate <n>', 'hate incidents that meet it on their own (optional)')
    .option('--vulnerable <n>', 'complaints that meet it for a vulnerable victim (optional)')
    .option('--why <words>', 'why the area set it (optional)')
    .addHelpText('after', '\nExamples:\n  hearth partner threshold C33\n  hearth partner threshold C33 --set --from 01/04/2027 --count 3 --hate 1 --vulnerable 2 --name "Three, one hate incident, or two if vulnerable"')
    .action((code: string, o: ThresholdOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const partnerCode = code.trim().toUpperCase();
        if (!o.set) {
          const shown = await call(ctx, 'casereview:thresholds', { partner: partnerCode });
          print(ctx, table(shown), shown);
          return;
        }
        const inForceFrom = o.from ? toIsoDate(o.from) : null;
        if (!inForceFrom) throw new CliFailure('bad-input', 'Give the first day it is in force with --from, like 01/12/2026.');
        if (!o.name) throw new CliFailure('bad-input', 'Give the threshold a name with --name, such as "Two complaints in six months".');
        const saved = await call(ctx, 'casereview:setThreshold', {
          partner: partnerCode,
          inForceFrom,
          name: o.name,
          count: whole(o.count, '--count'),
          windowMonths: whole(o.window, '--window'),
          hateIncidents: o.hate === undefined ? null : whole(o.hate, '--hate'),
          vulnerableCount: o.vulnerable === undefined ? null : whole(o.vulnerable, '--vulnerable'),
          why: o.why ?? '',
        });
        const added = saved.versions.at(-1)!;
        print(ctx, `Added ${added.id} version ${added.version} for ${partnerCode}, in force from ${o.from}: ${added.words}.`, saved);
      }),
    );
}

function whole(text: string | undefined, flag: string): number {
  if (text === undefined || !/^\d+$/.test(text.trim())) throw new CliFailure('bad-input', `Give ${flag} as a whole number, such as 3.`);
  return Number(text.trim());
}

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function table(t: ThresholdVersions): string {
  const rows = [
    ['IN FORCE FROM', 'THRESHOLD', 'SET BY', 'RULE'],
    ...t.versions.map((v) => [`${v.inForceFrom ? day(v.inForceFrom) : 'the start'}${v.current ? ' (now)' : ''}`, `${v.id} v${v.version}`, v.setBy ?? '–', v.words]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
