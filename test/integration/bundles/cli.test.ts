import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILE_NAME } from '../../../shared/bundles/file-name';
import { checkBundle, describe as explain } from '../../bundle-checker/check';
import { hearth } from '../cli/harness';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase, LEGAL, OFFICER } from './setup';
import { addUser } from '../../helpers/core';

/** `hearth bundle REF --out FILE.pdf [--json]` (issue 7 §7), in-process against a real workspace. */
const temp = useTempDirs();

describe('hearth bundle', () => {
  it('writes the PDF and the DOCX index, and with --json lists sections, documents and page ranges', async () => {
    const root = temp();
    const app = await bundleCase(root, { files: ['multi', 'bookmarked', 'encrypted'] });
    app.core.sessions.signOut();
    const env = { HEARTH_WORKSPACE: app.dir, HEARTH_USER: LEGAL.username, HEARTH_PASSPHRASE: LEGAL.passphrase };
    const out = join(root, 'bundle.pdf');
    // Issue 16 §3: the redaction review is not done, so the build is refused and nothing written.
    const unreviewed = await hearth(['bundle', app.ref, '--out', out], { env });
    expect(unreviewed.code).not.toBe(0);
    expect(unreviewed.stderr).toMatch(/have not been reviewed/);
    expect(existsSync(out)).toBe(false);
    const ran = await hearth(['bundle', app.ref, '--out', out, '--json', '--accept-suggestions'], { env });
    expect(ran.stderr).toMatch(/Written to/);
    expect(ran.code).toBe(0);
    const json = JSON.parse(ran.stdout) as {
      fileName: string;
      pageCount: number;
      sections: { tab: string; title: string; start: number; end: number; documents: { tab: string; title: string; start: number; end: number }[] }[];
      excluded: { title: string; reason: string }[];
    };
    expect(json.fileName).toMatch(BUNDLE_FILE_NAME);
    expect(json.sections.map((s) => s.tab)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(json.sections[3]!.documents.map((d) => d.title)).toEqual([expect.stringMatching(/^Exhibit AL\/1: Noise diary/), expect.stringMatching(/^Exhibit AL\/2: Police report/)]);
    expect(json.excluded).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/password-protected/) }));
    const pdf = readFileSync(out);
    const check = await checkBundle(pdf, { rows: json.sections.flatMap((s) => [{ tab: s.tab, start: s.start, end: s.end }, ...s.documents.map((d) => ({ tab: d.tab, start: d.start, end: d.end }))]) });
    expect(check.problems, explain(check)).toEqual([]);
    expect(check.pages).toBe(json.pageCount);
    expect(existsSync(join(root, 'bundle - index.docx'))).toBe(true);

    const text = await hearth(['bundle', app.ref, '--out', join(root, 'again.pdf'), '--letter', 'B'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Bundle B - hearing 2026-12-03\.pdf: \d+ pages\./);
    expect(text.stdout).toMatch(/^D {2}Exhibits {2}\d+–\d+$/m);
  });

  it('refuses an officer and an unknown case, each with a sentence and its exit code', async () => {
    const root = temp();
    const app = await bundleCase(root, { files: [] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    await addUser(app, { username: OFFICER.username, displayName: OFFICER.displayName, role: 'officer', passphrase: OFFICER.passphrase });
    app.core.sessions.signOut();
    const denied = await hearth(['bundle', app.ref, '--out', join(root, 'x.pdf')], { env: { HEARTH_WORKSPACE: app.dir, HEARTH_USER: OFFICER.username, HEARTH_PASSPHRASE: OFFICER.passphrase } });
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/Your role does not allow this/);
    expect(existsSync(join(root, 'x.pdf'))).toBe(false);
    const missing = await hearth(['bundle', 'C33-2099-9999', '--out', join(root, 'x.pdf')], { env: { HEARTH_WORKSPACE: app.dir, HEARTH_USER: LEGAL.username, HEARTH_PASSPHRASE: LEGAL.passphrase } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/There is no case C33-2099-9999/);
  });
});
