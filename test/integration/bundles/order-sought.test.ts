import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { useTempDirs } from '../../helpers/temp';
import { buildDefault, bundleCase, PROPER_INJUNCTION, type BundleCase } from './setup';

/**
 * Issue 15 and 16, read as the Defendant's solicitor would: an area term cites its plan by the mark the
 * bundle's exhibit sheet gives it (not the intake label), and a complainant who agreed to be named does not
 * have her phone number served on the Defendant. Built through dispatch on a real workspace, read back with
 * pdftotext.
 */
const temp = useTempDirs();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The case with an area kept out of (its plan the photo), a s.13 exclusion and the officer's statement finalised. */
async function caseWithPlan(dir: string): Promise<BundleCase> {
  const app = await bundleCase(dir, {
    consent: true,
    files: ['photo'],
    injunction: {
      ...PROPER_INJUNCTION,
      terms: [...PROPER_INJUNCTION.terms.slice(0, 2), { kind: 'prohibition', text: 'entering the second-floor landing of Elm House', area: true }, PROPER_INJUNCTION.terms[2]],
      homeExclusion: { premises: '2 Elm Road', landlordOwnsOrManages: true, ground: 'risk-of-harm' },
    },
  });
  const a = (await app.must('action:list', { caseId: app.caseId })).actions.find((x) => x.kind === 'civil-injunction')!;
  const { legalAidStatement: _, ...details } = a.details as Record<string, unknown>;
  const terms = (details.terms as Record<string, unknown>[]).map((t) => (t.area ? { ...t, planEvidenceId: app.evidence.photo!.id } : t));
  await app.must('action:edit', {
    actionId: a.id,
    subjectPartyId: a.subjectPartyId,
    startedOn: a.startedOn,
    details: { ...details, terms, kind: 'civil-injunction' },
    acknowledgements: { 'single-incident': 'Hate incident with a threat to burn the home: one incident is enough (P3.4).' },
  } as unknown as ChannelInput<'action:edit'>);
  const p = await app.must('statement:propose', { caseId: app.caseId });
  const s = await app.must('statement:save', { caseId: app.caseId, body: p.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: p.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
  await app.must('statement:finalise', { caseId: app.caseId, statementId: s.id, signedOn: '2026-11-20' });
  return app;
}

async function builtText(dir: string, app: BundleCase) {
  const { pdf } = await buildDefault(app);
  const file = join(dir, 'bundle.pdf');
  writeFileSync(file, pdf.bytes);
  return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

describe('the order sought, as the bundle prints it', () => {
  it('cites an area’s plan by the mark its witness produces it under, in the application and the draft order', async () => {
    const dir = temp();
    const app = await caseWithPlan(dir);
    const intakeLabel = app.evidence.photo!.exhibitLabel;
    expect(intakeLabel).toBe('AL/1');
    const text = await builtText(dir, app);
    expect(text).toContain('This is the exhibit marked ‘AL1’ referred to in the witness statement of Ada Lovelace');
    expect(text).toContain('entering the second-floor landing of Elm House, as shown on the plan marked ‘AL1’ attached to this order');
    expect(text.match(/entering the second-floor landing of Elm House, as shown on the plan marked ‘AL1’/g)).toHaveLength(2); // the application and the order
    expect(text).not.toContain(`plan marked ‘${intakeLabel}’`);
    expect(text).toContain('The plan I produce marked ‘AL1’ shows it.');
  });

  it('leaves a named complainant’s phone number out of everything Hearth writes, and says so on the cover', async () => {
    const dir = temp();
    const app = await caseWithPlan(dir);
    // The intake note says "Call Amira on 07700 900123"; she agreed to be named to the court, not to be rung by the Defendant.
    const text = await builtText(dir, app);
    expect(text).toContain('Amira Haddad reports racist abuse');
    expect(text).not.toMatch(/07700\s*900123/);
    expect(text).toContain('Call Amira on [phone number withheld]');
    expect(text).toContain('The phone number of Amira Haddad is left out of the documents the Claimant has written, because the bundle is served on the Defendant.');
  });
});
