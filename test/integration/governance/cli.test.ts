import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { hearth } from '../cli/harness';
import { sarFixture, THIRD_PARTY_IDENTIFIERS } from './fixture';

/**
 * `hearth sar REF|PERSON --out FILE` and the disclosure log in `hearth report` (issue 21 item 5): a name
 * that fits two people is refused with the evidence for each, never guessed; --person picks; the pack is
 * the app's; the report's JSON counts the log by kind, and --disclosures adds its rows.
 */
const temp = useTempDirs();

describe('hearth sar and the disclosure log in hearth report', () => {
  it('lists the people a name fits, packs the one picked, and reports the log', async () => {
    const root = temp();
    const app = await makeWorkspace(root);
    await sarFixture(app);
    await app.must('sar:record', { kind: 'access', partner: 'C33', name: 'Amira Haddad', receivedOn: '2026-11-21', identityMethod: 'Passport seen at the office', identityCheckedOn: '2026-11-21' });
    await app.must('session:signOut', {});
    app.core.sessions.signOut();
    const env = { HEARTH_WORKSPACE: app.dir, HEARTH_USER: 'ada', HEARTH_PASSPHRASE: 'correct horse battery staple' };
    const out = join(root, 'pack.pdf');

    const ambiguous = await hearth(['sar', 'Amira Haddad', '--out', out], { env });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches more than one person/);
    expect(ambiguous.stderr).toMatch(/1\. Amira Haddad, born 01\/02\/1980/);
    expect(ambiguous.stderr).toMatch(/2\. Amira Haddad, born 15\/07\/1992/);

    // Passages naming others wait for review: the command says where, and makes nothing.
    const unreviewed = await hearth(['sar', 'Amira Haddad', '--person', '1', '--out', out], { env });
    expect(unreviewed.code).toBe(2);
    expect(unreviewed.stderr).toMatch(/passages of the pack would identify someone other than Amira Haddad .*notes of .*--accept-suggestions/s);
    expect(existsSync(out)).toBe(false);

    const ran = await hearth(['sar', 'Amira Haddad', '--person', '1', '--accept-suggestions', '--out', out], { env });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/Wrote the subject access pack for Amira Haddad \(request 1, due 2026-12-21\).* Accepted the suggestion for \d+ passages naming someone else\./);
    const text = pdfText(readFileSync(out), 1, 99);
    expect(text).toContain('07700 900123');
    for (const theirs of THIRD_PARTY_IDENTIFIERS) expect(text, theirs).not.toContain(theirs);
    // Chosen once, the request number alone makes the pack again.
    expect((await hearth(['sar', '1', '--out', out], { env })).code).toBe(0);
    expect((await hearth(['sar', '7', '--out', out], { env })).code).not.toBe(0);

    // The CLI runs at the real time, so the packs are dated today: the period runs on to 2099.
    const report = await hearth(['report', '--from', '2026-11-01', '--to', '2099-12-31', '--format', 'json', '--disclosures'], { env });
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout) as { disclosureLog: { total: number; byKind: Record<string, number>; rows: { kind: string }[] } };
    expect(json.disclosureLog.byKind).toEqual({ letter: 1, referral: 2, 'sar-pack': 2 });
    expect(json.disclosureLog.rows).toHaveLength(5);
    const counts = JSON.parse((await hearth(['report', '--from', '2026-11-01', '--to', '2099-12-31', '--format', 'json'], { env })).stdout) as { disclosureLog: Record<string, unknown> };
    expect(counts.disclosureLog).not.toHaveProperty('rows');
  }, 120_000);
});
