import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(() => import('../../mocks/electron'));
vi.mock('electron', () => electron.electronModule());

const { electronPrinter, PrintFiles } = await import('../../../main/app/print');
const { createAppRequestHandler } = await import('../../../main/app/protocol');
const { hardenWebContents } = await import('../../../main/app/hardening');
const { app, MockBrowserWindow } = electron;

/**
 * Print in the desktop app (issue 17): the letter's PDF is shown in a hidden, sandboxed window through
 * app://hearth/print/<token>.pdf, answered from memory by the app protocol while the system print dialog is
 * open, and gone (404) once it closes; the window is destroyed; printed or cancelled is answered.
 */
const rendererDir = mkdtempSync(join(tmpdir(), 'hearth-print-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<title>Hearth</title>');
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n% a letter\n%%EOF\n', 'latin1'));

beforeEach(() => {
  electron.resetElectronMock();
  app.on('web-contents-created', (_event: unknown, contents: unknown) => hardenWebContents(contents as never));
});

describe('printing in the desktop app', () => {
  it('serves the PDF to a hidden sandboxed window only while its print dialog is open, then forgets it', async () => {
    const files = new PrintFiles();
    const serve = createAppRequestHandler(rendererDir, files);
    let whileOpen: Response | null = null;
    const printing = electronPrinter(files).print({ fileName: 'Acknowledgement.pdf', bytes: PDF });
    const win = MockBrowserWindow.instances.at(-1)!;
    win.webContents.print.mockImplementation((_options: Record<string, unknown>, done: (printed: boolean, reason: string) => void) => {
      whileOpen = serve({ url: win.webContents.getURL(), method: 'GET' });
      done(true, '');
    });
    expect(await printing).toBe(true);

    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true } });
    const url = win.loadURL.mock.calls[0]![0];
    expect(url).toMatch(/^app:\/\/hearth\/print\/[0-9a-f]{32}\.pdf$/);
    expect(win.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
    const served = whileOpen as Response | null;
    expect(served?.status).toBe(200);
    expect(served?.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served!.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    // Closed: the window is gone and so are the bytes.
    expect(win.isDestroyed()).toBe(true);
    expect(serve({ url, method: 'GET' }).status).toBe(404);
  });

  it('answers false when the person cancels the dialog, and a made-up token finds nothing', async () => {
    const files = new PrintFiles();
    const printing = electronPrinter(files).print({ fileName: 'Warning.pdf', bytes: PDF });
    const win = MockBrowserWindow.instances.at(-1)!;
    win.webContents.printAnswer = false;
    expect(await printing).toBe(false);
    expect(win.isDestroyed()).toBe(true);
    expect(createAppRequestHandler(rendererDir, files)({ url: `app://hearth/print/${'0'.repeat(32)}.pdf`, method: 'GET' }).status).toBe(404);
    expect(createAppRequestHandler(rendererDir)({ url: `app://hearth/print/${'0'.repeat(32)}.pdf`, method: 'GET' }).status).toBe(404);
  });
});
