import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 14: no import cycles. File by file, ESLint's import-x/no-cycle says so for main/ (eslint.config.mjs);
 * this holds the folders to it as well: main/security never leans on main/workspace while main/workspace
 * leans on main/security. A folder is the first level under main/ (main/jobs, main/workers…; a file at
 * main/'s top, such as core.ts, is its own). Every import counts, type-only ones too: they say which
 * layer depends on which just the same. (shared/'s folders are not held to it yet: shared/schemas and
 * shared/bundles, shared/actions import each other.)
 */
const ROOT = join(__dirname, '..', '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Folder → the folders it imports, with one example import for each edge. */
function folderGraph(top: string): Map<string, Map<string, string>> {
  const root = join(ROOT, top);
  const folderOf = (file: string) => relative(root, file).split('/')[0]!;
  const graph = new Map<string, Map<string, string>>();
  for (const file of tsFiles(root)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolveImport(file, spec);
      if (!target || !target.startsWith(`${root}/`)) continue;
      const to = folderOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(ROOT, file)} imports ${spec}`);
    }
  }
  return graph;
}

/** The cycles among the folders (strongly connected components of more than one), each with its imports. */
function folderCycles(graph: Map<string, Map<string, string>>): string[] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const members: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      members.push(w);
    } while (w !== v);
    if (members.length < 2) return;
    const why = members.flatMap((a) => members.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b} (${graph.get(a)!.get(b)})`));
    cycles.push(`${members.sort().join(' ↔ ')}: ${why.join('; ')}`);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('import cycles between folders', () => {
  it('main/ has none', () => {
    expect(folderCycles(folderGraph('main'))).toEqual([]);
  });

  it('shared/ has none', () => {
    expect(folderCycles(folderGraph('shared'))).toEqual([]);
  });

  it('renderer/src has none', () => {
    expect(folderCycles(folderGraph('renderer/src'))).toEqual([]);
  });

  it('would be found: security ↔ workspace, as it was before issue 14', () => {
    const graph = folderGraph('main');
    graph.get('workspace')!.set('security', 'workspace/keyring.ts imports ../security/crypto (made up)');
    expect(folderCycles(graph)).toEqual([expect.stringMatching(/^security ↔ workspace: /)]);
  });
});
