import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_PARAGRAPHS, policyWords, sourceWords } from '../../../shared/domain/policy-paragraphs';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('policy paragraphs', () => {
  it('has the policy’s words for every paragraph the code cites, so no screen shows a reference without them', () => {
    const cited = new Set<string>();
    for (const file of ['shared', 'renderer/src', 'main'].flatMap(sourceFiles)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bP(\d+\.\d+)(?:[–-](\d+\.\d+))?\b/g)) {
        cited.add(m[1]!);
        if (m[2]) cited.add(m[2]);
      }
    }
    expect(cited.size).toBeGreaterThan(20);
    const missing = [...cited].filter((p) => !POLICY_PARAGRAPHS[p]);
    expect(missing).toEqual([]);
  });

  it('writes references as words for plain-text places', () => {
    expect(policyWords('Refer them (P4.5) and see P4.10–4.11 and P5.')).toBe('Refer them (Policy 4.5) and see Policy 4.10–4.11 and Policy section 5.');
    expect(sourceWords('P4.8, P6.2, C')).toBe('Policy 4.8, Policy 6.2, council page');
  });
});
