/** A file from main: its name, its media type and its bytes (evidence, letters, bundles, exports). */
export interface FileToSave {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A blob: URL for the bytes (the CSP allows img-src blob:). The caller revokes it when done. */
export function blobUrlOf(file: Pick<FileToSave, 'mediaType' | 'bytes'>): string {
  return URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mediaType }));
}

/**
 * Offers a file from main for saving under its own name: a blob: URL on an <a download>, clicked, then
 * let go a minute later. A download is not a load, so the CSP (blob: for images only) allows it; the
 * page itself writes nothing anywhere. The one download helper: evidence, letters, bundles and reports.
 */
export function saveFile(file: FileToSave): void {
  const url = blobUrlOf(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
