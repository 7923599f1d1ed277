import { type Command, InvalidArgumentError, Option } from 'commander';
import { CASE_STATUSES, CATEGORIES, codes, FLAGS, labelOf, PARTY_ROLES, REPORT_METHODS, RISK_LEVELS, TENURES } from '../../../shared/domain/vocabulary';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { CaseListRow, CaseView } from '../../../shared/schemas/cases';
import { formatDateTimeUK, formatDateUK } from '../../../shared/time/london';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

interface ListOptions {
  query?: string;
  partner?: string;
  status?: string;
  category?: string;
  risk?: string;
  flag?: string;
  mine?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Give a whole number of 1 or more.');
  return n;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

function listText(page: { total: number; page: number; pageSize: number; rows: CaseListRow[]; restrictedMayMatch: boolean }): string {
  const restricted = page.restrictedMayMatch ? '\nA restricted case may match too; restricted cases are not searched here. Ask a manager if you need to know.' : '';
  return listRows(page) + restricted;
}

function listRows(page: { total: number; page: number; pageSize: number; rows: CaseListRow[] }): string {
  if (page.total === 0) return 'No cases match.';
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const footer = `Page ${page.page} of ${pages}: ${page.rows.length} of ${page.total} case${page.total === 1 ? '' : 's'}.`;
  if (page.rows.length === 0) return footer;
  const rows = [
    ['REF', 'RECEIVED', 'CATEGORY', 'STATUS', 'RISK', 'OWNER', 'ADDRESS'],
    ...page.rows.map((r) => [
      r.ref,
      formatDateUK(r.receivedAt),
      r.category,
      r.status,
      r.riskLevel,
      r.ownerName ?? '-',
      r.restricted ? '(restricted)' : r.address || '-',
    ]),
  ];
  return `${table(rows)}\n${footer}`;
}

function showText(v: CaseView): string {
  const h = v.header;
  const lines = [
    `${h.ref}  ${labelOf(CATEGORIES, h.category)}  ${labelOf(CASE_STATUSES, h.status)}  risk ${h.riskLevel}${h.restricted ? '  RESTRICTED' : ''}`,
    `Partner:  ${h.partnerName} (${h.partner})`,
    `Received: ${formatDateTimeUK(h.receivedAt)} by ${labelOf(REPORT_METHODS, h.method).toLowerCase()}`,
    `Where:    ${[h.location.address, h.location.estate, h.location.postcode].filter(Boolean).join(', ') || '-'}`,
    `Owner:    ${h.owner?.name ?? '-'}`,
  ];
  if (h.flags.length) lines.push(`Flags:    ${h.flags.map((f) => labelOf(FLAGS, f)).join('; ')}`);
  if (h.hateIncident) lines.push(`Hate incident: ${h.motivation.join(', ') || 'yes'}`);
  lines.push(`Summary:  ${h.summary}`, '', `People (${v.parties.length})`);
  for (const p of v.parties) {
    const who = p.anonymous ? '(anonymous)' : `${p.name}${p.age !== null ? ` (${p.age})` : ''}`;
    const tenure = p.tenure ? `, ${labelOf(TENURES, p.tenure).toLowerCase()}` : '';
    lines.push(`  ${labelOf(PARTY_ROLES, p.role)}: ${who}${tenure}${p.address ? `, ${p.address}` : ''}`);
  }
  lines.push('', `Chronology (${v.chronology.length})`);
  for (const c of v.chronology) {
    lines.push(`  ${formatDateTimeUK(c.at)}  ${c.title}${c.by ? ` [${c.by}]` : ''}`);
    for (const d of c.detail.split('\n').filter(Boolean)) lines.push(`                    ${d}`);
  }
  return lines.join('\n');
}

export function registerCase(program: Command, io: CliIo): void {
  const cases = program.command('case').description('list and show cases');

  cases
    .command('list')
    .description('list the cases you can see, newest first, a page at a time')
    .option('--query <text>', 'search names, places, references and what happened')
    .option('--partner <code>', 'only this partner, e.g. C33')
    .addOption(new Option('--status <status>', 'only cases with this status').choices(codes(CASE_STATUSES)))
    .addOption(new Option('--category <category>', 'only this category').choices(codes(CATEGORIES)))
    .addOption(new Option('--risk <level>', 'only this risk level').choices(codes(RISK_LEVELS)))
    .addOption(new Option('--flag <flag>', 'only cases with this flag').choices(codes(FLAGS)))
    .option('--mine', 'only cases you own')
    .addOption(new Option('--sort <order>', 'the order').choices(['received-desc', 'received-asc', 'ref', 'updated-desc']))
    .option('--page <n>', 'which page (from 1)', positiveInt)
    .option('--page-size <n>', 'cases per page (5–200, default 25)', positiveInt)
    .action((options: ListOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const query: ChannelInput<'case:list'> = {
          query: options.query,
          partner: options.partner?.toUpperCase(),
          status: options.status as ChannelInput<'case:list'>['status'],
          category: options.category as ChannelInput<'case:list'>['category'],
          risk: options.risk as ChannelInput<'case:list'>['risk'],
          flag: options.flag as ChannelInput<'case:list'>['flag'],
          mine: options.mine,
          sort: options.sort as ChannelInput<'case:list'>['sort'],
          page: options.page,
          pageSize: options.pageSize,
        };
        const page = await call(ctx, 'case:list', query);
        print(ctx, listText(page), page);
      }),
    );

  cases
    .command('show')
    .description('show a whole case: its details, people and chronology')
    .argument('<ref>', 'the case reference, e.g. C33-2026-0042')
    .option('--reason <why>', 'why you are opening it: required for a restricted case, and recorded in the audit log')
    .action((ref: string, options: { reason?: string }, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        try {
          const view = await call(ctx, 'case:getByRef', { ref, reason: options.reason });
          print(ctx, showText(view), view);
        } catch (error) {
          if (error instanceof CliFailure && error.code === 'reason-required') {
            throw new CliFailure(error.code, `${error.message} Give it with --reason "…".`);
          }
          throw error;
        }
      }),
    );
}
