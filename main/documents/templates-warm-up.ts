import { warmDefaultTemplates } from './templates';

const TIMINGS = process.env.HEARTH_TIMINGS === '1';

/**
 * Starts the default templates' check in the background (issue 17; once per process), for the app and
 * browser mode to call when a workspace opens (their core's onUnlock), so the first case opened does not
 * wait for it. Tests and one-shot CLI commands do not: a CLI letter checks the templates when it needs them.
 * HEARTH_TIMINGS=1 logs its main-process time when it is done.
 */
export function warmTemplatesInBackground(log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): void {
  warmDefaultTemplates().then(
    (done) => {
      if (TIMINGS) log(`timing: (background) default templates checked ${done.ms.toFixed(1)} ms, ${done.checked} templates`);
    },
    // A broken default is a programming error: the first document:templates request reports it again.
    (error: unknown) => log(`default templates check failed: ${error instanceof Error ? error.message : String(error)}`),
  );
}
