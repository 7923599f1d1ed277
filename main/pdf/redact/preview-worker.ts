import { pagePreview, type PagePreview } from './preview';

/**
 * The page-image worker's side (main/workers/page-image.ts): each request drawn in turn and answered by
 * its id, the PNG handed over rather than copied. A page the file does not have is told apart from a file
 * that cannot be drawn, so main can say which.
 */
export type ToPageWorker = { id: number; bytes: Uint8Array; fileType: 'pdf' | 'jpeg' | 'png'; page: number };

export type FromPageWorker = { id: number; ok: true; preview: PagePreview } | { id: number; ok: false; kind: 'no-page' | 'damaged'; message: string };

export function servePagePreviews(listen: (on: (m: ToPageWorker) => void) => void, send: (m: FromPageWorker, transfer: ArrayBuffer[]) => void): void {
  // pdf.js reports recoverable problems in a file on the console: keep them out of the app's output.
  for (const k of ['log', 'info', 'warn', 'debug'] as const) console[k] = () => undefined;
  let queue = Promise.resolve();
  listen((m) => {
    queue = queue.then(async () => {
      try {
        const preview = await pagePreview(m.bytes, m.fileType, m.page);
        send({ id: m.id, ok: true, preview }, [preview.png.buffer as ArrayBuffer]);
      } catch (error) {
        send({ id: m.id, ok: false, kind: error instanceof RangeError ? 'no-page' : 'damaged', message: error instanceof Error ? error.message : String(error) }, []);
      }
    });
  });
}
