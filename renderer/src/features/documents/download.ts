/**
 * Saves bytes from main as a file the person chooses where to keep (a blob: URL on an <a download>; the
 * CSP allows it for img-src only, and a download is not a load). The URL is let go a minute later.
 */
export function saveBytes(fileName: string, mediaType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
