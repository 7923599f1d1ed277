import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyLanes, type CopyLost, type CopyTask } from '../../../main/bundles/exhibits/copy-lanes';
import { startWorker } from '../../../main/jobs/worker-file';
import type { FromRedactWorker } from '../../../main/pdf/redact/in-worker';
import type { RedactRequest } from '../../../main/pdf/redact/types';
import { typedStatement } from '../../fixtures/redact/make';
import { useTempDirs } from '../../helpers/temp';

/**
 * The lanes the redacted copies are made in (issue 16 item 4, main/bundles/exhibits/copy-lanes.ts), with
 * the real exhibit-redact worker: one worker serves copy after copy, a copy waiting for an exhibit asked
 * for again gives its place to the newer one, a copy being made when its exhibit is asked for again is
 * abandoned in its worker, progress says "copy n of N", and Cancel ends the copy being made (its worker)
 * while the lane goes on with the next.
 */
const temp = useTempDirs();
let lanes: CopyLanes | null = null;
afterEach(async () => {
  await lanes?.close();
  lanes = null;
});

interface Seen {
  started: [number, number][];
  waiting: [number, number][];
  done: Extract<FromRedactWorker, { type: 'done' }> | null;
  lost: CopyLost | null;
  ended: Promise<void>;
}

function task(key: number, request: RedactRequest): { task: CopyTask; seen: Seen } {
  let end!: () => void;
  const seen: Seen = { started: [], waiting: [], done: null, lost: null, ended: new Promise((r) => (end = r)) };
  return {
    seen,
    task: {
      key,
      request: () => ({ ...request, bytes: request.bytes.slice() }),
      started: (n, of) => seen.started.push([n, of]),
      waiting: (ahead, of) => seen.waiting.push([ahead, of]),
      message: (m) => {
        if (m.type === 'progress') return;
        if (m.type === 'done') seen.done = m;
        end();
      },
      lost: (why) => {
        seen.lost = why;
        end();
      },
    },
  };
}

// A box on blank paper: the text stays readable around it.
const box = { page: 1, x: 300, y: 300, width: 100, height: 50 };

/** One lane over a real exhibit-redact worker, counting the workers it starts, and a request to redact George Pike. */
async function oneLane(): Promise<{ lane: CopyLanes; request: RedactRequest; started: () => number }> {
  const bytes = await typedStatement('George Pike');
  let workers = 0;
  const lane = new CopyLanes(1, () => {
    workers += 1;
    return startWorker('exhibit-redact');
  });
  lanes = lane;
  return { lane, request: { bytes, fileType: 'pdf', boxes: [box], terms: ['George Pike'] }, started: () => workers };
}

describe('the lanes redacted copies are made in', () => {
  it('makes copy after copy in one worker per lane, and a waiting copy of the same exhibit gives way to the newer', async () => {
    const { lane, request, started } = await oneLane();
    const first = task(1, request);
    const second = task(2, request);
    const replaced = task(3, request);
    const newer = task(3, { ...request, terms: [] });
    for (const t of [first, second, replaced, newer]) lane.enqueue(t.task);
    await Promise.all([first, second, replaced, newer].map((t) => t.seen.ended));

    expect(replaced.seen.lost).toBe('superseded');
    expect(replaced.seen.started).toEqual([]);
    // Three copies asked for (the replaced one no longer counts; N grows as they are asked for), made one
    // after another in the one worker.
    expect([first, second, newer].map((t) => t.seen.started[0])).toEqual([
      [1, 1],
      [2, 3],
      [3, 3],
    ]);
    expect(second.seen.waiting.at(-1)).toEqual([1, 3]);
    expect(started()).toBe(1);
    for (const t of [first, second, newer]) expect(t.seen.done?.boxes.length).toBeGreaterThan(0);

    // The copies are real: the withheld name is gone from the one whose terms named him.
    const file = join(temp(), 'second.pdf');
    writeFileSync(file, second.seen.done!.pdf);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toMatch(/kick the door/);
    expect(text).not.toMatch(/George|Pike/);
  });

  it('abandons a copy being made when its exhibit is asked for again, and makes the newer in the same worker', async () => {
    const { lane, request, started } = await oneLane();
    // Sixteen pages, each naming him, so each is rebuilt: seconds of work, stopped a page or so in.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 16; i += 1) doc.addPage([595.28, 841.89]).drawText(`Page ${i + 1}: George Pike was on the landing.`, { x: 60, y: 760, size: 12, font });
    const older = task(7, { ...request, bytes: await doc.save(), boxes: [] });
    const progress: [number, number][] = [];
    let begun!: () => void;
    const underWay = new Promise<void>((r) => (begun = r));
    const answer = older.task.message;
    older.task.message = (m) => {
      if (m.type === 'progress') {
        progress.push([m.done, m.total]);
        begun();
      }
      answer(m);
    };
    lane.enqueue(older.task);
    await underWay;
    const newer = task(7, request);
    lane.enqueue(newer.task);
    await Promise.all([older.seen.ended, newer.seen.ended]);

    expect(older.seen.lost).toBe('superseded');
    expect(older.seen.done).toBeNull();
    // It stopped part of the way through, not at its end.
    expect(Math.max(...progress.map(([done]) => done))).toBeLessThan(16);
    expect(newer.seen.done?.boxes.length).toBeGreaterThan(0);
    // The worker was kept: no second one was loaded for the newer copy.
    expect(started()).toBe(1);
    expect(lane.pending).toBe(0);
  });

  it('cancels a copy being made by ending its worker, and the lane goes on with the next in a new one', async () => {
    const { lane, request, started } = await oneLane();
    const made = task(1, request);
    const next = task(2, request);
    const queued = lane.enqueue(made.task);
    lane.enqueue(next.task);
    queued.cancel();
    await Promise.all([made.seen.ended, next.seen.ended]);
    expect(made.seen.lost).toBe('cancelled');
    expect(made.seen.done).toBeNull();
    expect(next.seen.done?.boxes.length).toBeGreaterThan(0);
    expect(started()).toBe(2);
    expect(lane.pending).toBe(0);
  });
  it('goes on to the next copy when one cannot be read (its exhibit gone), instead of leaving the lane idle', async () => {
    const { lane, request } = await oneLane();
    // Both wait behind a copy being made, so the lane finds them together when it is free.
    const first = task(1, request);
    const gone = task(2, request);
    gone.task.request = () => {
      throw new Error('the exhibit was deleted');
    };
    const next = task(3, request);
    for (const t of [first, gone, next]) lane.enqueue(t.task);
    await Promise.all([first, gone, next].map((t) => t.seen.ended));
    expect(gone.seen.lost).toBe('crashed');
    expect(next.seen.done?.boxes.length).toBeGreaterThan(0);
    expect(lane.pending).toBe(0);
  });
});
