import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { CATEGORIES, codes } from '../../../shared/domain/vocabulary';
import { MEASURE_TITLES } from '../../../shared/reports/definitions';
import { MEASURES, type MeasureId, type ReportCategory } from '../../../shared/schemas/reports';
import { writeFileAtomic } from '../../fs/atomic-write';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/**
 * `hearth report`: the monitoring report for a period (issue 8 §4), as the board report PDF, CSV (one
 * file per measure, or the one named) or JSON (every figure), through the same report:* channels as the
 * Reports screen: the same can(), the same partner scope, the same audit event. Aggregates only.
 *
 * Issue 21: the JSON carries the disclosure log's counts for the period by kind (aggregates, like every
 * figure); --disclosures adds the log itself, which names people, so it is never inside the board
 * report: the rows go into the JSON, or beside the PDF or CSV as their own file (report-disclosures.pdf).
 */
interface ReportOptions {
  from: string;
  to: string;
  partner: string[];
  category: ReportCategory;
  format: 'pdf' | 'csv' | 'json';
  out?: string;
  measure?: MeasureId;
  compare: boolean;
  disclosures?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value.trim().toUpperCase()];

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new InvalidArgumentError('Give a date as YYYY-MM-DD, such as 2026-04-01.');
  return value;
}

/** report.csv + measure → report-cases.csv, beside it. */
const perMeasure = (file: string, measure: string) => join(dirname(file), `${basename(file, extname(file))}-${measure}${extname(file) || '.csv'}`);

function outPath(io: CliIo, out: string | undefined, format: string): string {
  if (!out) throw new CliFailure('bad-input', `Say where to write the ${format.toUpperCase()}: give --out FILE.`);
  const path = resolve(io.cwd, out);
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliFailure('bad-input', `${path} is a folder: give a file name, such as ${join(path, `report.${format}`)}.`);
  if (!existsSync(dirname(path))) throw new CliFailure('not-found', `There is no folder ${dirname(path)}.`);
  return path;
}

export function registerReport(program: Command, io: CliIo): void {
  program
    .command('report')
    .description('monitoring report for a period: the board report PDF, CSV per measure, or every figure as JSON (aggregates only)')
    .requiredOption('--from <date>', 'first day of the period, YYYY-MM-DD', isoDate)
    .requiredOption('--to <date>', 'last day of the period, YYYY-MM-DD', isoDate)
    .option('--partner <code>', 'a partner to report on (repeat for more; default: every partner you work for)', collect, [])
    .addOption(new Option('--category <category>', 'cases of one category only').choices(['all', ...codes(CATEGORIES)]).default('all'))
    .addOption(new Option('--format <format>', 'pdf, csv or json').choices(['pdf', 'csv', 'json']).makeOptionMandatory())
    .option('--out <file>', 'where to write it (JSON without --out goes to stdout)')
    .addOption(new Option('--measure <measure>', 'for CSV: one measure only (default: one file per measure)').choices([...MEASURES]))
    .option('--no-compare', 'leave out the previous period (JSON only; the PDF and CSV always compare)')
    .option('--disclosures', 'also the disclosure log for the period (it names people): in the JSON, or a file beside the PDF or CSV')
    .addHelpText(
      'after',
      '\nExamples:\n  hearth report --from 2026-04-01 --to 2026-06-30 --format pdf --out q1-board-report.pdf\n  hearth report --from 2026-04-01 --to 2027-03-31 --partner C33 --format csv --out c33.csv\n\nExporting is recorded in the audit log with the period and the measure.',
    )
    .action((options: ReportOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        const filters = { from: options.from, to: options.to, partners: options.partner, category: options.category };
        // Check where the file goes before anyone is asked for a passphrase.
        const path = options.format === 'json' && !options.out ? null : outPath(ctx.io, options.out, options.format);
        await signIn(ctx);
        const log = { partyIds: [], from: options.from, to: options.to };
        const written: { measure: MeasureId | 'disclosures'; file: string; bytes: number }[] = [];
        if (options.disclosures && options.format !== 'json') {
          const file = await call(ctx, options.format === 'pdf' ? 'disclosure:pdf' : 'disclosure:csv', log);
          const target = perMeasure(path!, 'disclosures').replace(/\.csv$/, `.${options.format}`);
          writeFileAtomic(target, file.bytes);
          written.push({ measure: 'disclosures', file: target, bytes: file.bytes.length });
        }
        if (options.format === 'json') {
          const view = await call(ctx, 'report:get', { filters, compare: options.compare });
          const rows = await call(ctx, 'disclosure:list', log);
          const byKind: Record<string, number> = {};
          for (const d of rows) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
          const disclosureLog = { total: rows.length, byKind, ...(options.disclosures ? { rows } : {}) };
          const text = `${JSON.stringify({ ...view, disclosureLog }, null, 2)}\n`;
          if (!path) return void ctx.io.stdout(text);
          writeFileAtomic(path, text);
          return print(ctx, `Wrote every figure for ${view.period.label} to ${path}.`, { file: path, bytes: Buffer.byteLength(text) });
        }
        if (options.format === 'pdf') {
          const file = await call(ctx, 'report:pdf', { filters });
          writeFileAtomic(path!, file.bytes);
          const also = written.length ? ` The disclosure log is in ${written[0]!.file}.` : '';
          return print(ctx, `Wrote the board report to ${path} (${Math.ceil(file.bytes.length / 1024)} KB).${also}`, { file: path, bytes: file.bytes.length, disclosures: written[0]?.file ?? null });
        }
        const measures: MeasureId[] = options.measure ? [options.measure] : [...MEASURES];
        for (const measure of measures) {
          const file = await call(ctx, 'report:csv', { filters, measure });
          const target = options.measure ? path! : perMeasure(path!, measure);
          writeFileAtomic(target, file.bytes);
          written.push({ measure, file: target, bytes: file.bytes.length });
        }
        const lines = written.map((w) => `  ${w.file}  (${w.measure === 'disclosures' ? 'Disclosure log' : MEASURE_TITLES[w.measure]})`);
        print(ctx, `Wrote ${written.length} CSV file${written.length === 1 ? '' : 's'}:\n${lines.join('\n')}`, written);
      }),
    );
}
