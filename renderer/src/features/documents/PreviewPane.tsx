import type { PreviewOutput } from '../../../../shared/schemas/documents';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { DocumentPreview } from './DocumentPreview';

interface Props {
  preview: PreviewOutput;
  busy: boolean;
  canSave: boolean;
  onOpenPdf: () => void;
  onSave: () => void;
}

/** The preview, what Hearth applied or wants the officer to know, and a refusal if the guard says no. */
export function PreviewPane({ preview, busy, canSave, onOpenPdf, onSave }: Props) {
  const refused = preview.refusal;
  return (
    <section className="doc-preview" aria-labelledby="doc-preview-heading">
      <h3 id="doc-preview-heading">Preview</h3>
      {refused && (
        <Notice tone="error" title="This document cannot be saved" live>
          <p>{refused.message}</p>
        </Notice>
      )}
      {preview.notes.length > 0 && (
        <Notice tone="info" title="Please note">
          <ul>
            {preview.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      )}
      <DocumentPreview model={preview.model} label={`Preview of ${preview.model.title}`} />
      {!refused && (
        <div className="button-row">
          {canSave && (
            <Button busy={busy} busyLabel="Saving…" onClick={onSave}>
              {preview.model.layout === 'letter' ? 'Save the letter' : 'Save the document'}
            </Button>
          )}
          <Button variant="secondary" onClick={onOpenPdf}>
            Open the PDF (draft)
          </Button>
        </div>
      )}
    </section>
  );
}
