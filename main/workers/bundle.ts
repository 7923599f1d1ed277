import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { warmUp } from '../bundles/engine/warm-up';
import { serveBundleRequests } from '../bundles/engine/serve';
import { installSpeedPatches } from '../pdf/speed';

/**
 * The bundle worker (started by main/bundles/host.ts through main/jobs/worker-file.ts): previews, builds
 * and checks court bundles off the main thread. `warm`: started for the builder screen, it warms up
 * while the preview is on screen (engine/serve.ts).
 */
const warm = (workerData as { warm?: boolean } | null)?.warm === true;
if (!isMainThread && parentPort) serveBundleRequests(parentPort, warm);

/**
 * For scripts/build.mjs (makeCodeCache), in a process of its own: the warm-up's made-up builds, so the
 * code cache kept beside the built worker holds what a build compiles (main/jobs/code-cache.ts).
 */
export async function warmUpForCodeCache(): Promise<void> {
  installSpeedPatches();
  await warmUp(() => false);
}
