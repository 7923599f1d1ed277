import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ocrWorkerCount } from '../../../main/pdf/redact/ocr';
import { scannedExhibit } from '../../fixtures/redact/make';
import { useTempDirs } from '../../helpers/temp';
import { bundleCase } from './setup';

/**
 * Issue 16 "Bad input": a long scanned PDF is read for the redaction review with progress, and can be
 * cancelled. Cancelling must stop the OCR, not just the job's record of it: the exhibit-read worker and
 * the tesseract lanes inside it (each a thread) all end, and the scan stays unread (nothing half-read is
 * kept), to be read when the review opens again. Threads are counted in /proc/self/task (Linux).
 */
const temp = useTempDirs();
const threads = () => readdirSync('/proc/self/task').length;

describe('reading a long scan for the redaction review', () => {
  it('shows progress page by page and, when cancelled, ends the reading worker and its OCR lanes and keeps nothing', async () => {
    const app = await bundleCase(temp());
    const scan = await app.must('evidence:add', { caseId: app.caseId, fileName: 'long-scan.pdf', source: 'Police disclosure', obtainedOn: '2026-11-20', description: 'Scanned police log', bytes: await scannedExhibit(40) });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const target = { kind: 'bundle' as const, plan: sources.defaultPlan, lateAdditionsTo: null, lateMode: 'append' as const };
    const before = threads();
    const review = await app.must('redaction:review', { caseId: app.caseId, target });
    const jobId = review.reading!;
    expect(jobId).toMatch(/^[0-9a-f]+$/);

    // Progress while the scan is read: the first OCR'd pages of 40 are counted, with the exhibit named.
    const reading = await vi.waitFor(
      async () => {
        const status = await app.must('job:status', { jobId });
        expect(status.state).toBe('running');
        expect(status.message).toMatch(/page \d+ of 40/);
        return status;
      },
      { timeout: 120_000, interval: 100 },
    );
    expect(reading.done).toBeGreaterThan(0);
    expect(reading.done).toBeLessThan(reading.total);
    // The reading worker and its OCR lanes are running now, each a thread.
    const during = threads();
    expect(during).toBeGreaterThanOrEqual(before + 1 + ocrWorkerCount());

    await app.must('job:cancel', { jobId });
    const ended = await vi.waitFor(
      async () => {
        const status = await app.must('job:status', { jobId });
        expect(status.state).not.toBe('running');
        return status;
      },
      { timeout: 30_000, interval: 50 },
    );
    expect(ended).toMatchObject({ state: 'cancelled', message: expect.stringMatching(/Cancelled/) });
    // Every thread the reading started has ended: no OCR lane goes on reading after the cancel.
    await vi.waitFor(() => expect(threads()).toBeLessThanOrEqual(during - 1 - ocrWorkerCount()), { timeout: 30_000, interval: 50 });

    // Nothing of the cancelled scan was kept: the review still has it to read (and starts reading it again).
    const again = await app.must('redaction:review', { caseId: app.caseId, target });
    expect(again.unread.map((u) => u.evidenceId)).toContain(scan.id);
    if (again.reading) await app.must('job:cancel', { jobId: again.reading });
  }, 240_000);
});
