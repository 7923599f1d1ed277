import type { ExportFile } from '../../../../shared/schemas/reports';

/**
 * Offers an exported file for saving: a blob: URL on an <a download>, clicked, then let go. The bytes
 * came from main over IPC (or browser mode's wire codec); nothing is written by the page itself.
 */
export function saveExport(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
