import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertEvidence } from '../../../main/evidence/store';
import { allText, checkBundle, describe as explain } from '../../bundle-checker/check';
import { decompressionBomb, deeplyNested, loopingPageTree, withAttachmentAndLink } from '../../fixtures/bundles/hostile';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN, buildDefault, bundleCase, LEGAL, type BundleCase } from './setup';

/**
 * Hostile exhibits (issue 13 finding 4) through the real builder: the bundle's copy of an exhibit loses
 * its attached files, web links and scripts, and says so in the build report; files that would defeat a
 * reader are "unusable", in words, from the check and the build, and never reach the bundle.
 */
const temp = useTempDirs();

async function asAdmin<T>(app: BundleCase, work: () => Promise<T>): Promise<T> {
  await app.must('session:signOut', {});
  await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  try {
    return await work();
  } finally {
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
  }
}

const add = (app: BundleCase, fileName: string, bytes: Uint8Array) =>
  app.must('evidence:add', { caseId: app.caseId, fileName, source: 'Sent by email', obtainedOn: '2026-11-21', description: `The file ${fileName}`, bytes });

/** As a version of Hearth before these checks would have stored it: accepted, usable, its pages counted. */
function storeAsBefore(app: BundleCase, fileName: string, bytes: Uint8Array, label: string): void {
  const { ws, user } = app.core.sessions.current()!;
  insertEvidence(
    ws.db,
    {
      caseId: app.caseId,
      exhibitLabel: label,
      fileName,
      type: 'pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      source: 'Sent by email',
      obtainedOn: '2026-11-20',
      description: `The file ${fileName}`,
      usableInBundle: true,
      unusableReason: null,
      pageCount: 1,
      addedBy: user.id,
      addedAt: new Date().toISOString(),
    },
    bytes,
  );
}

/** The bundle as qpdf writes it out uncompressed (every stream decoded that qpdf can decode). */
function qpdfText(dir: string, pdf: Uint8Array): string {
  const file = join(dir, 'bundle.pdf');
  const qdf = join(dir, 'bundle-qdf.pdf');
  writeFileSync(file, pdf);
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=all', file, qdf]);
  return readFileSync(qdf).toString('latin1');
}

describe('an exhibit carrying an attached program, a web link and scripts', () => {
  it.each([
    ['by the writing worker', '0'],
    ['by a helper worker', '1'],
  ])('goes into the bundle without them, %s, and the build report says what was removed', async (_how, helper) => {
    const dir = temp();
    const app = await bundleCase(dir, { files: ['multi', 'landscape'] });
    await asAdmin(app, async () => {
      await add(app, 'statement-with-attachment.pdf', await withAttachmentAndLink());
    });
    const before = process.env.HEARTH_BUNDLE_HELPER;
    process.env.HEARTH_BUNDLE_HELPER = helper;
    try {
      const { pdf, detail } = await buildDefault(app);
      const check = await checkBundle(pdf.bytes);
      expect(check.problems, explain(check)).toEqual([]);
      // The statement's own words are there…
      expect(await allText(pdf.bytes)).toContain('Statement about the noise on the landing.');
      // …and nothing that acts: checked on qpdf's uncompressed rewrite of the whole file.
      const text = qpdfText(dir, pdf.bytes);
      for (const banned of ['/EmbeddedFile', 'EVILPAYLOAD', '/URI', '/JavaScript', '/JS', '/Launch', '/FileAttachment', '/OpenAction <<']) expect(text, banned).not.toContain(banned);
      const report = detail.manifest!.warnings.filter((w) => w.code === 'active-content');
      expect(report).toHaveLength(1);
      expect(report[0]!.message).toMatch(/statement-with-attachment|The file statement-with-attachment\.pdf/);
      expect(report[0]!.message).toContain('an attached file (“EVILPAYLOAD.exe”)');
      expect(report[0]!.message).toContain('a web link');
      expect(report[0]!.message).toContain('JavaScript');
    } finally {
      if (before === undefined) delete process.env.HEARTH_BUNDLE_HELPER;
      else process.env.HEARTH_BUNDLE_HELPER = before;
    }
  });
});

describe('exhibits that would defeat a reader', () => {
  it('are "unusable" in words from the check at intake and from bundle:check, never an internal error', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    const hostile = { 'looping.pdf': loopingPageTree(), 'nested.pdf': deeplyNested(600), 'bomb.pdf': await decompressionBomb(1024) };
    const added = await asAdmin(app, async () => {
      const out: Record<string, { unusableReason: string | null }> = {};
      for (const [name, bytes] of Object.entries(hostile)) out[name] = await add(app, name, bytes);
      return out;
    });
    const reasonOf = (name: string) => added[name]!.unusableReason;
    expect(reasonOf('looping.pdf')).toBe('unusable: its page tree refers back to itself, so its pages cannot be counted');
    expect(reasonOf('nested.pdf')).toBe('unusable: its objects are nested more than 100 deep');
    expect(reasonOf('bomb.pdf')).toMatch(/^unusable: one of its compressed streams would inflate to more than 64 MB/);

    const report = await app.call('bundle:check', { caseId: app.caseId });
    expect(report.ok).toBe(true);
    const items = report.ok ? report.value.items : [];
    const problem = (name: string) => items.find((i) => i.fileName === name)!;
    expect(problem('looping.pdf')).toMatchObject({ status: 'error', problems: [expect.stringMatching(/looping\.pdf.*: unusable: its page tree refers back to itself/)] });
    expect(problem('nested.pdf')).toMatchObject({ status: 'error', problems: [expect.stringMatching(/unusable: its objects are nested more than 100 deep/)] });
    expect(problem('bomb.pdf')).toMatchObject({ status: 'error', problems: [expect.stringMatching(/unusable: .*decompression bomb/)] });
    // A usable file: its only note is its unembedded font (issue 19), never “unusable”.
    expect(problem('noise-diary.pdf')).toMatchObject({ status: 'warning', problems: [expect.stringMatching(/its font Helvetica is not embedded/)] });
  });

  it.each([
    ['a page tree that lists itself', 'looping.pdf', () => loopingPageTree(), /is unusable: its page tree refers back to itself/],
    ['a decompression bomb', 'bomb.pdf', () => decompressionBomb(1024), /is unusable: one of its compressed streams would inflate to more than 64 MB/],
  ])('stop the build in words when stored by an older version as usable: %s', async (_what, fileName, make, message) => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await asAdmin(app, async () => storeAsBefore(app, fileName, await make(), 'AL/9'));
    await expect(buildDefault(app)).rejects.toThrow(message);
    // Nothing half-built is kept: the case's bundles list shows no finished bundle.
    const list = await app.must('bundle:list', { caseId: app.caseId });
    expect(list.filter((b) => b.status === 'ready')).toHaveLength(0);
  });
});
