import { afterAll, expect, it } from 'vitest';
import { drawPageInWorker, endPageImages, pageImageWorkerRunning } from '../../../main/jobs/page-images';
import { scanImage, typedStatement } from '../../fixtures/redact/make';

/**
 * evidence:pageImage draws in a worker (issue 16): the picture comes back from it in page points, a page
 * the file does not have is a RangeError (the handler's "has no page N"), and a damaged file an Error.
 */
afterAll(() => endPageImages());

it('draws a PDF page and a picture in the page-image worker, and tells a missing page from a damaged file', async () => {
  expect(pageImageWorkerRunning()).toBe(false);
  const pdf = await drawPageInWorker(await typedStatement('George Pike'), 'pdf', 2);
  expect(pageImageWorkerRunning()).toBe(true);
  expect(Buffer.from(pdf.png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  expect(pdf).toMatchObject({ pages: 2, width: expect.closeTo(595.28, 1), height: expect.closeTo(841.89, 1) });
  const picture = await drawPageInWorker(new Uint8Array(scanImage(['George Pike'], { width: 800, height: 400 })), 'jpeg', 1);
  expect(picture).toMatchObject({ pages: 1, width: 600, height: 300 });
  await expect(drawPageInWorker(await typedStatement('George Pike'), 'pdf', 9)).rejects.toBeInstanceOf(RangeError);
  await expect(drawPageInWorker(new TextEncoder().encode('%PDF-1.7 not really'), 'pdf', 1)).rejects.toThrow();
  // Two at once are both answered, each with its own page.
  const [a, b] = await Promise.all([drawPageInWorker(await typedStatement('A'), 'pdf', 1), drawPageInWorker(await typedStatement('B'), 'pdf', 2)]);
  expect([a.pages, b.pages]).toEqual([2, 2]);
  expect(Buffer.compare(Buffer.from(a.png), Buffer.from(b.png))).not.toBe(0);
}, 60_000);
