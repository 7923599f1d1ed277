import { randomBytes } from 'node:crypto';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Printing a made letter in the desktop app (issue 17, "Sending"): the PDF as stored is shown in a hidden
 * window's PDF viewer and the operating system's print dialog opens over the app. The bytes are never
 * written to disk: the window loads app://hearth/print/<token>.pdf, which the app protocol answers from
 * this store (main/app/protocol.ts) until the dialog closes. Electron 30+ prints a loaded PDF itself
 * (electron/electron#43309); before that it printed a blank page.
 */
export class PrintFiles {
  private readonly files = new Map<string, Uint8Array>();

  /** Keeps the bytes under a new unguessable token; the path the window loads. */
  put(bytes: Uint8Array): string {
    const token = randomBytes(16).toString('hex');
    this.files.set(token, bytes);
    return token;
  }

  get(token: string): Uint8Array | undefined {
    return this.files.get(token);
  }

  drop(token: string): void {
    this.files.delete(token);
  }
}

export const printUrl = (token: string) => `${APP_SCHEME}://${APP_HOST}/print/${token}.pdf`;

export function electronPrinter(files: PrintFiles): PdfPrinter {
  return {
    async print(file) {
      const token = files.put(file.bytes);
      // Hidden, sandboxed, no preload: it only shows the PDF. `plugins` turns on Chromium's PDF viewer.
      const win = new BrowserWindow({ show: false, title: file.fileName, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true } });
      try {
        await win.loadURL(printUrl(token));
        return await new Promise<boolean>((resolve) => win.webContents.print({ silent: false, printBackground: true }, (printed) => resolve(printed)));
      } finally {
        files.drop(token);
        win.destroy();
      }
    },
  };
}
