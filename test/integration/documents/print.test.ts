import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { auditDetails } from '../../helpers/audit';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from './fixture';

/**
 * Print from the desktop app (issue 17, "Sending"): document:print hands the letter's stored PDF to the
 * system print dialog (the app's printer, main/app/print.ts; here a stand-in that keeps what it was given)
 * and says whether the person printed it. Printing records nothing as sent. Where the process has no print
 * dialog (browser mode) it says so, and the screen opens the PDF in the browser's viewer instead.
 */
const temp = useTempDirs();

describe('printing a made letter', () => {
  it('gives the print dialog the letter’s stored PDF, audits it, and leaves the letter ready, not sent', async () => {
    const app = await makeWorkspace(temp());
    const given: { fileName: string; bytes: Uint8Array }[] = [];
    let answer = true;
    app.core.printer = { print: (file) => (given.push(file), Promise.resolve(answer)) };
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });

    expect(await app.must('document:print', { id: doc.id })).toEqual({ dialog: true, printed: true });
    const stored = await app.must('document:export', { id: doc.id, format: 'pdf' });
    expect(given).toHaveLength(1);
    expect(Buffer.from(given[0]!.bytes).equals(Buffer.from(stored.bytes))).toBe(true);
    expect(given[0]!.fileName).toBe(stored.fileName);
    expect((await app.must('document:get', { id: doc.id })).document).toMatchObject({ state: 'ready', sending: null });

    answer = false;
    expect(await app.must('document:print', { id: doc.id })).toEqual({ dialog: true, printed: false });
    const details = (await auditDetails(app, 'document:print')).map((d) => JSON.parse(d) as Record<string, unknown>);
    expect(details).toEqual([
      expect.objectContaining({ documentId: doc.id, dialog: true, printed: false, sha256: stored.sha256 }),
      expect.objectContaining({ documentId: doc.id, dialog: true, printed: true, sha256: stored.sha256 }),
    ]);
  });

  it('says there is no print dialog where the process has none, and refuses a letter the user may not see', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    expect(await app.must('document:print', { id: doc.id })).toEqual({ dialog: false, printed: false });
    expect(await app.call('document:print', { id: doc.id + 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
