import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { aheadHandled, dropQueued, forgetAhead, hasOpened, queueAhead, readAhead, takeOpened } from '../../../main/bundles/engine/read-ahead';
import type { ResolvedItem } from '../../../main/bundles/engine/protocol';
import { damaged, multiPage } from '../../fixtures/bundles/make';

/**
 * The files the builder screen's worker opens while the preview is shown (main/bundles/engine/read-ahead.ts):
 * a file opened ahead is used only for the item with its key and its SHA-256, once; one that fails to open
 * is left for the build (which says what is wrong with it); a new preview or a build's end lets go of all.
 */
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function item(key: string, bytes: Uint8Array, pages: number, fileType: 'pdf' | 'jpeg' = 'pdf'): ResolvedItem {
  return { key, title: `Exhibit ${key}`, date: '20/11/2026', duplicateOf: null, source: { kind: 'file', fileType, fileName: `${key}.pdf`, sha256: sha(bytes), pages, size: bytes.length, label: key, sheet: true } };
}

afterEach(() => forgetAhead());

describe('reading the plan’s files ahead of the build', () => {
  it('opens each file sent, and gives it once, only to the item with the same key and SHA-256', async () => {
    const diary = await multiPage(3);
    const log = await multiPage(2, 'Log');
    const a = item('e:1', diary, 3);
    const b = item('e:2', log, 2);
    queueAhead([
      { item: a, bytes: diary },
      { item: b, bytes: log },
    ]);
    expect(await readAhead(() => false)).toBe(2);
    expect(hasOpened(a)).toBe(true);
    // The same key naming another file (replaced since the preview): not this one.
    const replaced = item('e:2', diary, 3);
    expect(hasOpened(replaced)).toBe(false);
    expect(takeOpened(replaced)).toBeUndefined();
    // And taking it for the wrong file let it go: the build reads that file itself.
    expect(takeOpened(b)).toBeUndefined();
    const opened = takeOpened(a)!;
    expect(opened.refs).toHaveLength(3);
    expect(opened.doc.getPageCount()).toBe(3);
    expect(takeOpened(a)).toBeUndefined();
  });

  it('leaves a file it cannot open (or whose pages are not as recorded) to the build, and goes on with the rest', async () => {
    const bad = await damaged();
    const diary = await multiPage(3);
    const wrongPages = item('e:3', diary, 5);
    const good = item('e:4', diary, 3);
    queueAhead([
      { item: item('e:2', bad, 1), bytes: bad },
      { item: wrongPages, bytes: diary },
      { item: good, bytes: diary },
    ]);
    expect(await readAhead(() => false)).toBe(1);
    expect(hasOpened(wrongPages)).toBe(false);
    expect(hasOpened(good)).toBe(true);
    // All three were dealt with, opened or not: main waits for that count (send-ahead.ts).
    expect(aheadHandled()).toBe(3);
  });

  it('does not keep a file that was being opened when a new preview let go of everything', async () => {
    const diary = await multiPage(3);
    const a = item('e:1', diary, 3);
    queueAhead([{ item: a, bytes: diary }]);
    const reading = readAhead(() => false);
    forgetAhead();
    expect(await reading).toBe(0);
    expect(hasOpened(a)).toBe(false);
    expect(aheadHandled()).toBe(0);
  });

  it('lets go of the files still waiting when a build begins, and keeps those already open', async () => {
    const diary = await multiPage(2);
    const [a, b] = [1, 2].map((n) => item(`e:${n}`, diary, 2));
    queueAhead([{ item: a!, bytes: diary }]);
    expect(await readAhead(() => false)).toBe(1);
    queueAhead([{ item: b!, bytes: diary }]);
    dropQueued();
    expect(await readAhead(() => false)).toBe(0);
    expect(hasOpened(a!)).toBe(true);
    expect(hasOpened(b!)).toBe(false);
  });

  it('stops when a build begins, and a new preview lets go of what it had', async () => {
    const diary = await multiPage(2);
    const items = [1, 2, 3].map((n) => item(`e:${n}`, diary, 2));
    queueAhead(items.map((i) => ({ item: i, bytes: diary })));
    let building = false;
    const reading = readAhead(() => building);
    building = true;
    expect(await reading).toBeLessThan(3);
    forgetAhead();
    expect(items.some((i) => hasOpened(i))).toBe(false);
    // Nothing queued is left to open either.
    expect(await readAhead(() => false)).toBe(0);
  });
});
