import { describe, expect, it } from 'vitest';
import { allText, checkBundle, describe as explain } from '../../bundle-checker/check';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN, buildDefault, bundleCase, LEGAL } from './setup';

/**
 * Characters the bundle's font (DejaVu Sans) lacks, mostly emoji quoted from text messages, came out as
 * "?" (issue 13, finding 7). They are now set in the fallback font (Noto Emoji), and read back as text.
 */
const temp = useTempDirs();

describe('characters DejaVu lacks in a bundle', () => {
  it('are printed from the fallback font in the court documents, and the bundle still passes the checker', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await app.must('incident:add', {
      caseId: app.caseId,
      incident: { occurredAt: '2026-11-20T23:40:00Z', description: 'Message to the complainant: “👊🔥🏠 tonight”.', acts: ['threat-of-violence'] },
    });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    const { pdf } = await buildDefault(app);
    const check = await checkBundle(pdf.bytes);
    expect(check.problems, explain(check)).toEqual([]);
    const text = await allText(pdf.bytes);
    // pdf.js puts spaces where the font changes; the characters are all there, in order.
    expect(text).toMatch(/“\s*👊🔥🏠\s*tonight”/);
    expect(text).not.toMatch(/\?\?\?\s*tonight/);
  });
});
