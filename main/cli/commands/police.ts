import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { PoliceBasis } from '../../../shared/schemas/police-requests';
import { toIsoDate } from '../../../shared/time/input';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth police REF …` (issue 21; P3.11–3.14): a request from the police recorded on a case through the
 * same police:* channels as the case screen (the same checks, audit and disclosure log). Shared in full or
 * in part (--partly REASON), the exhibits named by their labels go in the evidence pack written to --out;
 * refused (--refuse REASON), the request and the reason are recorded and nothing is written.
 */
interface PoliceOptions {
  force: string;
  officer: string;
  reference: string;
  basis: string;
  purpose: string;
  asked?: string;
  exhibit?: string[];
  partly?: string;
  refuse?: string;
  out?: string;
  reason?: string;
}

const BASES: Record<string, PoliceBasis> = { s115: 'cda-1998-s115', sch2: 'dpa-2018-sch2-para2' };

function outPath(cwd: string, out: string | undefined): string {
  if (!out) throw new CliFailure('bad-input', 'Say where to write the evidence pack: give --out FILE, such as --out pack.zip (or --refuse REASON to record a refusal).');
  const path = resolve(cwd, out);
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliFailure('bad-input', `${path} is a folder: give a file name, such as ${resolve(path, 'pack.zip')}.`);
  if (!existsSync(dirname(path))) throw new CliFailure('not-found', `There is no folder ${dirname(path)}.`);
  return path;
}

function askedOf(o: PoliceOptions): { lawfulBasis: PoliceBasis; receivedOn: string | null } {
  const lawfulBasis = BASES[o.basis];
  if (!lawfulBasis) throw new CliFailure('bad-input', `--basis must be s115 (Crime and Disorder Act 1998 s.115) or sch2 (DPA 2018 Schedule 2 para 2), not “${o.basis}”.`);
  const receivedOn = o.asked ? toIsoDate(o.asked) : null;
  if (o.asked && !receivedOn) throw new CliFailure('bad-input', `--asked must be a date like 21/11/2026, not “${o.asked}”.`);
  return { lawfulBasis, receivedOn };
}

export function registerPolice(program: Command, io: CliIo): void {
  program
    .command('police')
    .description('record a police request on a case: make its evidence pack (logged as a disclosure) or record a refusal')
    .argument('<ref>', 'the case reference, e.g. C33-2026-0042')
    .requiredOption('--force <name>', 'the police force, e.g. "Metropolitan Police Service"')
    .requiredOption('--officer <name>', 'the requesting officer’s name and collar number')
    .requiredOption('--reference <ref>', 'the police reference (crime or incident number)')
    .requiredOption('--basis <s115|sch2>', 'the lawful basis: s115 (Crime and Disorder Act 1998) or sch2 (DPA 2018 Sch. 2 para 2)')
    .requiredOption('--purpose <words>', 'what the police need it for')
    .option('--asked <date>', 'the day the police asked, e.g. 21/11/2026 (default today)')
    .option('--exhibit <label...>', 'the exhibits to share, by label (e.g. AH/1 AH/2)')
    .option('--partly <reason>', 'share only the exhibits named, saying what else was asked for and why it is not shared')
    .option('--refuse <reason>', 'refuse the request, saying why (nothing is shared)')
    .option('--out <file.zip>', 'where to write the evidence pack')
    .option('--reason <why>', 'why you need the case: required for a restricted case, and recorded in the audit log')
    .addHelpText(
      'after',
      '\nExamples:\n  hearth police C33-2026-0042 --force "Metropolitan Police Service" --officer "PC 4471 Sam Okafor" --reference CAD1234 --basis s115 --purpose "Threats" --exhibit AH/1 --out pack.zip\n  hearth police C33-2026-0042 --force "Metropolitan Police Service" --officer "PC 12 Khan" --reference CAD99 --basis sch2 --purpose "Enquiry" --refuse "No offence named"',
    )
    .action((ref: string, options: PoliceOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        if (options.refuse !== undefined && (options.partly !== undefined || options.exhibit?.length)) throw new CliFailure('bad-input', 'A refusal shares nothing: give --refuse REASON alone, or --exhibit (and --partly) to share.');
        const { lawfulBasis, receivedOn } = askedOf(options);
        const path = options.refuse === undefined ? outPath(ctx.io.cwd, options.out) : null;
        await signIn(ctx);
        const view = await call(ctx, 'case:getByRef', { ref, reason: options.reason });
        const asked = { caseId: view.header.id, force: options.force, officer: options.officer, reference: options.reference, lawfulBasis, purpose: options.purpose, receivedOn };
        if (path === null) {
          const { id } = await call(ctx, 'police:refuse', { ...asked, reason: options.refuse ?? '' });
          print(ctx, `Recorded police request ${options.reference} on ${view.header.ref} as refused. Nothing was shared.`, { request: id, decision: 'refused' });
          return;
        }
        const labels = options.exhibit ?? [];
        const unknown = labels.filter((l) => !view.evidence.some((e) => e.exhibitLabel === l));
        if (!labels.length || unknown.length) {
          const held = view.evidence.map((e) => e.exhibitLabel).join(', ') || 'none';
          throw new CliFailure('bad-input', `${labels.length ? `No exhibit ${unknown.join(', ')} on ${view.header.ref}.` : 'Name the exhibits to share with --exhibit.'} The case's exhibits: ${held}.`);
        }
        const evidenceIds = labels.map((l) => view.evidence.find((e) => e.exhibitLabel === l)!.id);
        const file = await call(ctx, 'police:pack', { ...asked, evidenceIds, decision: options.partly === undefined ? 'shared' : 'partly', reason: options.partly ?? '' });
        writeFileAtomic(path, file.bytes);
        print(ctx, `Wrote the evidence pack for ${options.officer}, ${options.force} (${labels.length} exhibit${labels.length === 1 ? '' : 's'}) to ${path}. It is in the disclosure log.`, { file: path, bytes: file.bytes.length, exhibits: labels });
      }),
    );
}
