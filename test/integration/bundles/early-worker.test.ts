import { afterEach, describe, expect, it } from 'vitest';
import { readyWorkers, readyWorkerWarmedUp, startBeforeSignIn, stopReadyWorker, workersStarted } from '../../../main/bundles/host';

/**
 * `hearth bundle` starts its bundle worker before signing in (issue 15, the cold build): the worker loads
 * and warms up while the key is derived, instead of the build starting a cold one. Nothing is previewed
 * on the command line, so the worker warms up at once rather than waiting for a preview as the builder
 * screen's does (engine/serve.ts); one worker is started however often it is asked for, and it is ended
 * on request (the command ends it however it ends).
 */
afterEach(() => stopReadyWorker());

describe('the bundle worker hearth bundle starts before sign-in', () => {
  it('is started once, warms up with no preview asked for, and is ended on request', async () => {
    const before = workersStarted();
    startBeforeSignIn();
    startBeforeSignIn();
    expect(workersStarted()).toBe(before + 1);
    expect(readyWorkers()).toBe(1);
    // A worker started for the builder screen never warms up until a preview is measured: this one does.
    const warmed = await readyWorkerWarmedUp();
    expect(warmed).not.toBeNull();
    expect(warmed!.ms).toBeGreaterThan(0);
    await stopReadyWorker();
    expect(readyWorkers()).toBe(0);
  }, 180_000);
});
