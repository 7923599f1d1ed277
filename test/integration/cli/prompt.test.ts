import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CliFailure, EXIT } from '../../../main/cli/exit-codes';
import { promptNoEcho, type RawInput } from '../../../main/cli/io';

/** A stand-in for a TTY: records raw mode and whether it was left flowing, and lets the test "type". */
class FakeTerminal extends EventEmitter implements RawInput {
  isRaw = false;
  flowing = false;
  rawModes: boolean[] = [];
  setRawMode(mode: boolean) {
    this.isRaw = mode;
    this.rawModes.push(mode);
  }
  setEncoding() {}
  resume() {
    this.flowing = true;
  }
  pause() {
    this.flowing = false;
  }
  type(text: string) {
    this.emit('data', text);
  }
}

function ask(keys: string[]) {
  const input = new FakeTerminal();
  let shown = '';
  const answer = promptNoEcho(input, { write: (t: string) => (shown += t) }, 'Passphrase for ada: ');
  for (const k of keys) input.type(k);
  return { answer, input, shown: () => shown };
}

describe('the no-echo passphrase prompt', () => {
  it('shows the question and nothing of what is typed, then restores the terminal', async () => {
    const { answer, input, shown } = ask(['correct horse ', 'battery staple', '\r']);
    await expect(answer).resolves.toBe('correct horse battery staple');
    expect(shown()).toBe('Passphrase for ada: \n');
    expect(input.rawModes).toEqual([true, false]);
    expect(input.flowing).toBe(false); // paused, so the process can exit
    expect(input.listenerCount('data')).toBe(0);
  });

  it('handles backspace, ignores arrow keys, and keeps non-ASCII characters', async () => {
    const { answer } = ask(['café', 'x', '\u007f', '\u001b[D', ' naïve', '\n']);
    await expect(answer).resolves.toBe('café naïve');
  });

  it('cancels on Ctrl+C with exit code 130, and still restores the terminal', async () => {
    const { answer, input, shown } = ask(['secr', '\u0003']);
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliFailure);
    expect((error as CliFailure).exitCode).toBe(EXIT.cancelled);
    expect(shown()).not.toContain('secr');
    expect(input.rawModes).toEqual([true, false]);
  });
});
