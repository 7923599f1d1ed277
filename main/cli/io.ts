import { passphraseProblem } from '../../shared/passphrase';
import { CliFailure, EXIT } from './exit-codes';

/**
 * Everything the CLI touches outside Hearth's services, in one object: the tests hand run() a fake one
 * and drive every command in-process, the real process hands it processIo().
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (--workspace, --out, the backup file) are resolved against this. */
  cwd: string;
  /** Asks for a secret with nothing echoed; null when there is no terminal to ask on (piped stdin, CI). */
  promptSecret: ((question: string) => Promise<string>) | null;
  /** Resolves when a long-running command (`hearth serve`) should stop: Ctrl+C or SIGTERM; tests stop it themselves. */
  stopSignal?: () => Promise<void>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    // The question goes to stderr so `--json` output on stdout stays clean for whatever reads it.
    promptSecret: process.stdin.isTTY ? (question) => promptNoEcho(process.stdin, process.stderr, question) : null,
  };
}

/** An empty variable counts as unset: `HEARTH_USER= hearth …` should not try to sign in as "". */
export function envValue(io: CliIo, name: string): string | undefined {
  const value = io.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The part of a TTY stream the prompt needs, so a test can hand it a fake terminal. */
export interface RawInput {
  isRaw?: boolean;
  setRawMode(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/**
 * Reads a line from a terminal in raw mode and prints nothing for the characters typed, so a passphrase
 * never appears on screen, in scroll-back or in a screen recording (not even as asterisks, which give
 * away its length). Backspace works; Ctrl+C cancels; other control keys are ignored.
 */
export function promptNoEcho(input: RawInput, output: { write(text: string): unknown }, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw ?? false;
    let chars: string[] = [];
    const finish = (error?: CliFailure) => {
      input.off('data', onData);
      input.setRawMode(wasRaw);
      input.pause(); // let the process exit: a resumed stdin keeps the event loop alive
      output.write('\n');
      if (error) reject(error);
      else resolve(chars.join(''));
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new CliFailure('bad-input', 'Cancelled: nothing was changed.', EXIT.cancelled));
        if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
        else if (ch === '\u001b') return; // an arrow or function key: drop the rest of its escape sequence
        else if (ch >= ' ') chars.push(ch);
      }
    };
    output.write(question);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
  });
}

export interface SecretRequest {
  /** The environment variable that supplies it for scripts (HEARTH_PASSPHRASE, HEARTH_NEW_PASSPHRASE). */
  envVar: string;
  question: string;
  /** A passphrase being chosen: check its strength before the slow key derivation, and ask twice. */
  choosingFor?: string;
}

/** A passphrase from its environment variable, else from a no-echo prompt; never from an argument (argv is visible to every user of the machine). */
export async function readSecret(io: CliIo, request: SecretRequest): Promise<string> {
  const fromEnv = envValue(io, request.envVar);
  if (fromEnv !== undefined) return fromEnv;
  if (!io.promptSecret) {
    throw new CliFailure('bad-input', `No passphrase was given: set ${request.envVar}, or run hearth in a terminal so it can ask for it.`);
  }
  const first = await io.promptSecret(request.question);
  if (request.choosingFor === undefined) return first;
  const problem = passphraseProblem(first, request.choosingFor);
  if (problem) throw new CliFailure('bad-input', problem);
  const again = await io.promptSecret('Type it again to confirm: ');
  if (again !== first) throw new CliFailure('bad-input', 'The two passphrases were different, so nothing was changed.');
  return first;
}
