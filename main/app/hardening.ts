import { type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Deny every permission (security.md §1 item 5: without a handler Electron "will automatically approve
 * all permission requests"). Hearth needs no camera, microphone, notifications, geolocation, clipboard
 * API, HID, serial or USB; copy and paste work through the Edit menu's native roles.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Applied to every WebContents the app ever creates (app 'web-contents-created'), so no window, popup or
 * devtools page escapes it (security.md §1 items 11-14):
 * - navigation is allowed only within app://hearth (parsed, not startsWith), in any frame;
 * - window.open and target=_blank are denied; links never leave the app (no shell.openExternal either);
 * - <webview> is never attached.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
