import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { call, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

/** "C33-2026-0001, C33-2026-0002 … WH-2026-0007": every reference for a few, the ends for many. */
export function summariseRefs(refs: readonly string[]): string {
  if (refs.length <= 6) return refs.join(', ');
  return `${refs.slice(0, 3).join(', ')} … ${refs.slice(-2).join(', ')}`;
}

/** Reads and parses the file before anyone is asked for a passphrase: a typo in the name is reported first. */
function readDocument(io: CliIo, file: string): unknown {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure('not-found', code === 'ENOENT' ? `There is no file ${path}.` : `Hearth could not read ${path} (${code ?? 'error'}).`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliFailure('bad-input', `${file} is not valid JSON (${(error as Error).message.replace(/\.$/, '')}). Nothing was imported.`);
  }
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import cases from an existing register: a JSON file as described in docs/import-format.md, all of it or none')
    .argument('<file>', 'the JSON file to import')
    .addHelpText('after', '\nEvery case is checked first; one problem refuses the whole file (exit 2) and names the case, the field and why.')
    .action((file: string, _options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        const document = readDocument(ctx.io, file);
        await signIn(ctx);
        const result = await call(ctx, 'import:run', { document });
        print(ctx, `Imported ${result.created} case${result.created === 1 ? '' : 's'}: ${summariseRefs(result.refs)}.`, result);
      }),
    );
}
