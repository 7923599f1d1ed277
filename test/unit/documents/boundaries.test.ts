import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Documents announce what a letter serves; the deadlines, plans, closure and the case's timeline record it
 * in their own tables (issue 14, main/subscribers.ts). These hold documents/ to that: it names none of those
 * tables and imports nothing from those features that writes.
 */
const DIR = join(__dirname, '..', '..', '..', 'main', 'documents');
const FILES = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));

/** Tables owned by the features a document serves. */
const OTHERS_TABLES = /\b(standard_facts|due_waivers|due_items|contacts|interviews|action_plans|plan_actions|plan_reviews|closures|appeals|surveys)\b/;
/** A write, by the names Hearth gives its writers. */
const WRITER = /^(insert|record|mark|offer|set|save|add|update|delete|write|propose|close|withdraw|decide|lodge|take|touch)[A-Z]/;
/** What every change to a case does, a stored document too (as ipc/case-write.ts does): touch it, recompute its deadlines. */
const ALLOWED = new Set(['touchCase', 'recomputeCase']);

function importsFrom(text: string): { names: string[]; from: string }[] {
  return [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)].map((m) => ({
    names: m[1]!.split(',').map((n) => n.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]!.trim()).filter(Boolean),
    from: m[2]!,
  }));
}

describe('documents/ and the features a document serves', () => {
  it('reads the files it checks', () => {
    expect(FILES.map((f) => f.name)).toEqual(expect.arrayContaining(['service.ts', 'store.ts', 'case-data.ts']));
  });

  it('names none of their tables', () => {
    const offenders = FILES.filter((f) => OTHERS_TABLES.test(f.text)).map((f) => `${f.name}: ${OTHERS_TABLES.exec(f.text)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('imports none of their writers', () => {
    const offenders = FILES.flatMap((f) =>
      importsFrom(f.text)
        .filter((i) => /^\.\.\/(actions|standards|cases)\/|^\.\.\/db\/queries\/(timeline|cases|parties)$/.test(i.from))
        .flatMap((i) => i.names.filter((n) => WRITER.test(n) && !ALLOWED.has(n)).map((n) => `${f.name}: ${n} from ${i.from}`)),
    );
    expect(offenders).toEqual([]);
  });
});
