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

describe('hearth retention schedule', () => {
  it('shows the schedule in force in words, adds a version from the JSON --show printed, and warns about a short rule', async () => {
    const { dir } = await initWorkspace(temp());
    const shown = expectOk(await hearth(['retention', 'schedule', 'wh'], { env: as(dir, ADMIN) })).stdout;
    expect(shown).toMatch(/^WH: Group retention schedule \(version 1\) is in force\.\n {2}closed-case: 6 years after the case closed — Six years after closure/);
    expect(shown).toContain("child-involved: until the youngest party's 25th birthday");

    const json = JSON.parse(expectOk(await hearth(['retention', 'schedule', 'WH', '--show', '--json'], { env: as(dir, ADMIN) })).stdout) as { rules: { id: string; keepMonths: number }[] };
    const file = join(dir, 'wh.json');
    writeFileSync(file, JSON.stringify({ ...json, rules: json.rules.map((r) => (r.id === 'screened-out' ? { ...r, keepMonths: 18 } : r)) }));
    const set = expectOk(await hearth(['retention', 'schedule', 'WH', '--set', file], { env: as(dir, ADMIN) })).stdout;
    expect(set).toMatch(/^Added wh-retention version 1; it applies to WH’s cases from now on\.\nWarning: Rule “screened-out” keeps reports screened out at intake 18 months after the case closed/);

    const after = expectOk(await hearth(['retention', 'schedule', 'WH'], { env: as(dir, ADMIN) })).stdout;
    expect(after).toMatch(/^WH: .* retention schedule \(version 1\) is in force \(added \d\d\/\d\d\/\d{4} by .*\)\.\n/);
    expect(after).toContain('screened-out: 18 months after the case closed');
    expect(after).toContain('Other versions:\n  group-retention v1 (Hearth’s default)');

    writeFileSync(file, '{"rules": 5}');
    const bad = await hearth(['retention', 'schedule', 'WH', '--set', file], { env: as(dir, ADMIN) });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/has no "rules" list\. Start from hearth retention schedule PARTNER --show --json\./);
  });
});
