import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerBundle } from './commands/bundle';
import { registerCase } from './commands/case';
import { registerDeadlines } from './commands/deadlines';
import { registerDocument } from './commands/document';
import { registerDoctor } from './commands/doctor';
import { registerImport } from './commands/import';
import { registerInit } from './commands/init';
import { registerLetter } from './commands/letter';
import { registerPartner } from './commands/partner';
import { registerCaseReview } from './commands/case-review';
import { registerReport } from './commands/report';
import { registerRestore } from './commands/restore';
import { registerUser } from './commands/user';
import { registerRetention } from './commands/retention';
import { registerSar } from './commands/sar';
import { registerPolice } from './commands/police';
import { registerServe } from './commands/serve';
import { registerEnrol } from './commands/enrol';
import { CliFailure, EXIT } from './exit-codes';
import { type CliIo, envValue, processIo } from './io';

/**
 * `hearth`: the command line on the same services as the app. Every command goes through dispatch() with
 * the same contract, validation, can() and audit as the UI (DESIGN §1: one path to test).
 *
 * Built into out/main/cli.cjs (scripts/build.mjs) for bin/hearth.cjs; `npm run hearth -- …` runs this file
 * with tsx from a checkout.
 */

/** Commander's own messages ("error: unknown command 'x'") restated as one sentence in Hearth's voice. */
function usageSentence(message: string): string {
  const text = message
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return `${/[.?)]$/.test(sentence) ? sentence : `${sentence}.`} See hearth --help.\n`;
}

function buildProgram(io: CliIo): Command {
  // Settings made before .command() are inherited by every subcommand.
  const program = new Command('hearth')
    .description('Hearth case management: set up and look after an encrypted workspace from the command line.')
    .version(version, '-V, --version')
    .option('--workspace <dir>', 'the workspace folder (default: HEARTH_WORKSPACE, else the folder the app uses)')
    .option('--user <name>', 'who signs in (default: HEARTH_USER)')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText(
      'after',
      '\nPassphrases come from HEARTH_PASSPHRASE, or are asked for without being shown when run in a terminal.' +
        '\nExit codes: 0 done, 2 bad input, 3 wrong passphrase or not allowed, 4 integrity failure, 1 anything else.',
    )
    .exitOverride()
    .configureHelp({ showGlobalOptions: true }) // `hearth user add --help` also lists --workspace, --user, --json
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(usageSentence(text)),
    })
    .showSuggestionAfterError(true);
  registerInit(program, io);
  registerUser(program, io);
  registerBackup(program, io);
  registerRestore(program, io);
  registerAudit(program, io);
  registerDoctor(program, io);
  registerImport(program, io);
  registerCase(program, io);
  registerDeadlines(program, io);
  registerReport(program, io);
  registerLetter(program, io);
  registerBundle(program, io);
  registerPartner(program, io);
  registerDocument(program, io);
  registerRetention(program, io);
  registerCaseReview(program, io);
  registerSar(program, io);
  registerPolice(program, io);
  registerServe(program, io);
  registerEnrol(program, io);
  return program;
}

/**
 * Runs one command line (without the `node` and script) and returns its exit code. Never throws and
 * never calls process.exit, so tests drive it in-process with a fake io.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(args, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed its usage message (or the help, or the version, which exit 0).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a verdict: say so in a sentence; the stack only for a developer who asks for it.
    io.stderr(`Hearth stopped unexpectedly: ${(error as Error).message}\n`);
    if (envValue(io, 'HEARTH_DEBUG')) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failed;
  }
}

/** The process wiring: real stdout/stderr/env/TTY, and the exit code set rather than forced so output flushes. */
export function main(): void {
  void run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}

// Started directly (`tsx main/cli/index.ts`, `node out/main/cli.cjs`); bin/hearth.cjs requires it and calls main().
if (typeof require !== 'undefined' && require.main === module) main();
