import { hearth } from '../../api/hearth';

/**
 * Saves a built bundle's PDF or DOCX index where the person chooses (a blob: URL on an <a download>;
 * the app's CSP allows blob: for images only and a download is not a load). Returns an error message, or null.
 */
export async function saveBundlePart(bundleId: number, part: 'pdf' | 'index-docx'): Promise<string | null> {
  const r = await hearth.bundle.content({ bundleId, part });
  if (!r.ok) return r.error.message;
  const url = URL.createObjectURL(new Blob([r.value.bytes.slice()], { type: r.value.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = r.value.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
