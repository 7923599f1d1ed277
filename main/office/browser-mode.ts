import { runBrowserMode } from '../browser/serve';
import { appHosting } from './hosting';

/**
 * The entry of browser mode (out/main/browser.cjs, scripts/build.mjs): browser mode's server, with Settings →
 * Office host able to serve the workspace to the office's PCs (issue 22). It lives here, above main/browser,
 * because the office host's server is built on browser mode's HTTP helpers: browser may not import office.
 */
runBrowserMode((core) => {
  core.hosting = appHosting(core);
});
