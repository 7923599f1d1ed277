import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveBundleRequests } from '../bundles/engine/serve';

/**
 * The bundle worker (started by main/bundles/host.ts through main/jobs/worker-file.ts): previews, builds
 * and checks court bundles off the main thread. `warm`: started for the builder screen, it warms up
 * while the preview is on screen (main/bundles/engine/warm-up.ts).
 */
if (!isMainThread && parentPort) serveBundleRequests(parentPort, (workerData as { warm?: boolean } | null)?.warm === true);
