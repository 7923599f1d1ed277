import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, as, expectOk, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

/** A case closed in March 2019 (six years past by now) and one still open, brought over from an old register. */
function register(dir: string): string {
  const path = join(dir, 'old.json');
  const old = {
    partner: 'WH',
    sourceRef: 'ASB/2019/004',
    receivedAt: '2019-01-10T09:00:00Z',
    method: 'letter',
    category: 'asb',
    location: { address: 'Flat 3, Rosary Court', postcode: 'NR1 4AB' },
    status: 'closed',
    closedAt: '2019-03-01T15:00:00Z',
    parties: [{ key: 'c', role: 'complainant', name: 'Joan Pike', tenure: 'secure' }],
    incidents: [{ occurredAt: '2019-01-09T23:30:00Z', description: 'Loud music until 3am.', acts: ['nuisance'], reportedBy: 'c' }],
  };
  const open = { ...old, sourceRef: 'ASB/2019/005', status: undefined, closedAt: undefined };
  writeFileSync(path, JSON.stringify({ version: 1, cases: [old, open] }));
  return path;
}

describe('hearth retention review', () => {
  it('lists the cases past their retention date with the rule and trigger, as text or JSON', async () => {
    const { dir } = await initWorkspace(temp());
    const imported = JSON.parse(expectOk(await hearth(['import', register(dir), '--json'], { env: as(dir, ADMIN) })).stdout) as { refs: string[] };
    const [oldRef] = imported.refs;

    const json = JSON.parse(expectOk(await hearth(['retention', 'review', '--json'], { env: as(dir, ADMIN) })).stdout) as { items: { ref: string; ruleId: string; triggerOn: string; dueOn: string; hold: string | null }[]; total: number };
    expect(json.total).toBe(1);
    expect(json.items).toMatchObject([{ ref: oldRef, ruleId: 'closed-case', triggerOn: '2019-03-01', dueOn: '2025-03-01', hold: null }]);

    const text = expectOk(await hearth(['retention', 'review'], { env: as(dir, ADMIN) })).stdout;
    expect(text).toMatch(/^1 case past its retention date on \d\d\/\d\d\/\d{4}:\nCASE\s+DUE\s+RULE\s+KEPT FOR\s+TRIGGER\s+HOLD OR KEPT\n/);
    expect(text).toMatch(new RegExp(`^${oldRef}\\s+01/03/2025\\s+closed-case\\s+6 years after the case closed\\s+01/03/2019\\s+–$`, 'm'));
  });
});
