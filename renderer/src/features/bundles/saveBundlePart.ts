import { hearth } from '../../api/hearth';
import { saveFile } from '../../ui/saveFile';

/** Saves a built bundle's PDF or its Word index where the person chooses. Returns an error message, or null. */
export async function saveBundlePart(bundleId: number, part: 'pdf' | 'index-docx'): Promise<string | null> {
  const r = await hearth.bundle.content({ bundleId, part });
  if (!r.ok) return r.error.message;
  saveFile(r.value);
  return null;
}
