import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of pages first–last of a PDF, as poppler's pdftotext reads it (a reader that shares no code with Hearth). */
export function pdfText(bytes: Uint8Array, first: number, last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pdftext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
