import type { DocumentFormat, DocumentView } from '../../../../shared/schemas/documents';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { saveFile } from '../../ui/saveFile';

/** Downloads a stored document's file (audited as an export; the hash is checked before it leaves). */
export async function downloadDocument(id: number, format: DocumentFormat): Promise<string | null> {
  const r = await hearth.document.export({ id, format });
  if (!r.ok) return r.error.message;
  saveFile(r.value);
  return null;
}

export function SavedNotice({ document: d }: { document: DocumentView }) {
  return (
    <Notice tone="success" title="Saved" live>
      <p>
        “{d.title}” for {d.recipientDescription} is stored on the case and in its chronology.
      </p>
      <div className="button-row button-row--tight">
        <Button small variant="secondary" onClick={() => void downloadDocument(d.id, 'pdf')}>
          Download the PDF
        </Button>
        <Button small variant="secondary" onClick={() => void downloadDocument(d.id, 'docx')}>
          Download the Word file
        </Button>
      </div>
    </Notice>
  );
}
