import { useEffect } from 'react';
import { Button } from '../../../ui/Button';

export interface Preview {
  id: number;
  url: string;
  exhibit: string;
  fileName: string;
  description: string;
}

/** An image exhibit shown in the page from a blob: URL, which is let go when the preview closes. */
export function EvidencePreview({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  useEffect(() => () => URL.revokeObjectURL(preview.url), [preview.url]);
  useEffect(() => document.getElementById('evidence-preview-heading')?.focus(), [preview.id]);
  return (
    <section className="evidence-preview" aria-labelledby="evidence-preview-heading">
      <div className="panel__head">
        <h3 id="evidence-preview-heading" tabIndex={-1}>
          Exhibit {preview.exhibit}: {preview.fileName}
        </h3>
        <Button small variant="secondary" onClick={onClose}>
          Close<span className="visually-hidden"> exhibit {preview.exhibit}</span>
        </Button>
      </div>
      <img className="evidence-preview__image" src={preview.url} alt={preview.description || `Exhibit ${preview.exhibit}, ${preview.fileName}`} />
    </section>
  );
}
