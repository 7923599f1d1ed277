import type { EvidenceContent } from '../../../../../shared/schemas/evidence';

/** A blob: URL for evidence bytes (the CSP allows img-src blob:). The caller revokes it when done. */
export function blobUrlOf(content: EvidenceContent): string {
  return URL.createObjectURL(new Blob([content.bytes.slice()], { type: content.mediaType }));
}

/** Offers the file for saving under its own name, then lets the URL go. */
export function saveFile(content: EvidenceContent): void {
  const url = blobUrlOf(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = content.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const isImage = (type: string) => type === 'jpeg' || type === 'png';
