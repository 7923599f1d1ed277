import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles among the PDF modules and their users (issue 14 item 7: engine/build.ts ↔ output.ts and
 * draw → fonts → pdf-font → draw were two). Every relative import, type-only ones included, is an edge: a
 * cycle of types is still a knot a reader has to untie.
 */
const ROOT = join(__dirname, '..', '..', '..');
const FOLDERS = ['main/pdf', 'main/bundles', 'main/documents', 'main/reports', 'shared/court'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function graph(): Map<string, string[]> {
  const all = FOLDERS.flatMap((f) => files(join(ROOT, f)));
  const known = new Set(all);
  const edges = new Map<string, string[]>();
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)[^;]*?from '(\.[^']+)'/gms)].map((m) => resolve(dirname(file), `${m[1]}.ts`)).filter((t) => known.has(t));
    edges.set(file, targets);
  }
  return edges;
}

function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('imports among the PDF modules', () => {
  it('form no cycle', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(40);
    const cycle = findCycle(edges);
    expect(cycle?.map((f) => relative(ROOT, f)).join(' → ') ?? null).toBeNull();
  });

  it('would find one (the check itself works)', () => {
    const a = '/a.ts';
    const b = '/b.ts';
    expect(findCycle(new Map([[a, [b]], [b, [a]]]))).toEqual([a, b, a]);
  });
});
