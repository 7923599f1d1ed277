import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../shared/schemas/bundles';
import { allText } from '../../bundle-checker/check';
import { useTempDirs } from '../../helpers/temp';
import { buildDefault, bundleCase, type BundleCase } from './setup';

/**
 * Issue 15 (PD 32 para 11): an exhibit's sheet names the witness whose statement produces it, with the
 * mark it has in that statement: a party witness for what their statement produces, the officer only for
 * what the officer's statement produces, and a withheld witness by the label the bundle gives them.
 * Read back from the built PDF's own text (pdftotext).
 */
const temp = useTempDirs();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The exhibit's sheet (its first page) as text, and its title in the bundle. */
function sheetOf(dir: string, pdf: Uint8Array, manifest: BundleManifest, evidenceId: number): { text: string; title: string } {
  const doc = manifest.sections.flatMap((s) => s.documents).find((d) => d.key === `e:${evidenceId}`);
  if (!doc) throw new Error(`e:${evidenceId} is not in the bundle`);
  const file = join(dir, 'bundle.pdf');
  writeFileSync(file, pdf);
  return { text: flat(execFileSync('pdftotext', ['-f', String(doc.start), '-l', String(doc.start), file, '-'], { encoding: 'utf8' })), title: doc.title };
}

/** The officer's statement finalised, producing only the photograph (under the officer's own mark). */
async function officerProduces(app: BundleCase, evidenceId: number): Promise<string> {
  const proposed = await app.must('statement:propose', { caseId: app.caseId });
  const mark = proposed.exhibits.find((x) => x.evidenceId === evidenceId)!.mark;
  const officer = await app.must('statement:save', { caseId: app.caseId, body: proposed.body, howTaken: 'I wrote this statement myself from the case records.', exhibits: [{ evidenceId, mark }] });
  await app.must('statement:finalise', { caseId: app.caseId, statementId: officer.id, signedOn: '2026-11-21' });
  return mark;
}

async function complainantProduces(app: BundleCase, exhibits: { evidenceId: number; mark: string }[]): Promise<void> {
  const view = await app.must('case:get', { id: app.caseId });
  const complainant = view.parties.find((p) => p.role === 'complainant')!;
  const mine = await app.must('statement:save', { caseId: app.caseId, maker: { kind: 'party', partyId: complainant.id }, body: 'I heard him kick my door. I took the photograph of my door the next morning.', howTaken: 'I wrote it myself.', exhibits });
  await app.must('statement:finalise', { caseId: app.caseId, statementId: mine.id, signedOn: '2026-11-21' });
}

describe('exhibit sheets name the witness who produces the exhibit (issue 15)', () => {
  it('a named complainant’s exhibit carries her mark and her name; the officer’s carries the officer’s; one both produce says both', async () => {
    const dir = temp();
    const app = await bundleCase(dir, { consent: true, files: ['photo', 'multi', 'landscape'] });
    const photo = app.evidence.photo!.id;
    const letter = app.evidence.multi!.id;
    const plan = app.evidence.landscape!.id;
    const officerMark = await officerProduces(app, photo);
    await complainantProduces(app, [
      { evidenceId: letter, mark: 'AH1' },
      { evidenceId: photo, mark: 'AH2' },
    ]);

    const { pdf, detail } = await buildDefault(app);
    const manifest = detail.manifest!;

    const hers = sheetOf(dir, pdf.bytes, manifest, letter);
    expect(hers.title).toMatch(/^Exhibit AH1: /);
    expect(hers.text).toContain('Exhibit AH1');
    expect(hers.text).toContain('This is the exhibit marked ‘AH1’ referred to in the witness statement of Amira Haddad dated 21/11/2026.');
    expect(hers.text).not.toContain('Ada Lovelace');

    const both = sheetOf(dir, pdf.bytes, manifest, photo);
    expect(both.title).toMatch(new RegExp(`^Exhibit ${officerMark}: `));
    expect(both.text).toContain(`This is the exhibit marked ‘${officerMark}’ referred to in the witness statement of Ada Lovelace dated 21/11/2026.`);
    expect(both.text).toContain('It is also the exhibit marked ‘AH2’ referred to in the witness statement of Amira Haddad dated 21/11/2026.');

    // Produced by no statement: no witness is named for it, least of all the officer.
    const none = sheetOf(dir, pdf.bytes, manifest, plan);
    expect(none.text).toContain('No witness statement in this bundle refers to it.');
    expect(none.text).not.toMatch(/referred to in the witness statement of/);
  });

  it('a withheld complainant’s exhibit names her as the bundle does, never by name', async () => {
    const dir = temp();
    const app = await bundleCase(dir, { files: ['multi'] });
    const letter = app.evidence.multi!.id;
    await complainantProduces(app, [{ evidenceId: letter, mark: 'AH1' }]);

    const { pdf, detail } = await buildDefault(app);
    const sheet = sheetOf(dir, pdf.bytes, detail.manifest!, letter);
    // Her own mark ("AH1") carries her initials: the bundle gives it by her label instead.
    expect(sheet.text).toContain('This is the exhibit marked ‘C1’ referred to in the witness statement of the Complainant dated 21/11/2026.');
    expect(sheet.text).not.toMatch(/Amira|Haddad|Ada Lovelace|AH1/);
    // Nowhere else either: the index, the chronology and the exhibit's stamps.
    expect(await allText(pdf.bytes)).not.toContain('AH1');
  });
});
