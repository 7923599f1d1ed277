import { useState } from 'react';
import type { DocumentModel } from '../../../../shared/documents/model';
import type { DocumentView } from '../../../../shared/schemas/documents';
import { formatDateTime } from '../../../../shared/time/format';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { DataTable, HiddenHeader } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { DocumentPreview } from './DocumentPreview';
import { downloadDocument } from './SavedNotice';
import { SendingActions, type SendingMessage, SendingState } from './sending/SendingActions';
import { FormatSentForm } from './FormatSentForm';
import { saveFile } from '../../ui/saveFile';

interface Props {
  documents: readonly DocumentView[];
}

/** The documents stored on the case: who each went to, whether it was sent and how, and the files to download again. */
export function DocumentList({ documents }: Props) {
  const [shown, setShown] = useState<{ id: number; model: DocumentModel } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState<SendingMessage | null>(null);
  const [formatFor, setFormatFor] = useState<DocumentView | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (documents.length === 0) return <p className="secondary-text">No documents on this case yet.</p>;
  const show = async (id: number) => {
    if (shown?.id === id) return setShown(null);
    const r = await hearth.document.get({ id });
    if (r.ok) setShown({ id, model: r.value.model });
    else setError(r.error.message);
  };
  const download = async (id: number, format: 'pdf' | 'docx') => setError(await downloadDocument(id, format));
  // P8.3: the letter as plain text, structured for Braille transcription or a screen reader.
  const plainText = async (id: number) => {
    const r = await hearth.document.plainText({ id });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    saveFile({ fileName: r.value.fileName, mediaType: 'text/plain;charset=utf-8', bytes: new TextEncoder().encode(r.value.text) });
  };
  return (
    <>
      <div aria-live="polite">
        {sending && (
          <Notice tone={sending.tone}>
            <p>{sending.text}</p>
          </Notice>
        )}
      </div>
      <DataTable
        className="doc-list"
        caption="Documents on this case, newest first"
        captionHidden
        rows={documents}
        rowKey={(d) => d.id}
        columns={[
          {
            header: 'Document',
            cell: (d) => (
              <>
                {d.title}
                {(d.largePrint || d.easyRead) && <span className="tag">{[d.largePrint ? 'Large print' : '', d.easyRead ? 'Easy Read' : ''].filter(Boolean).join(', ')}</span>}
                {d.templateSource !== 'default' && <span className="secondary-text doc-source"> {d.templateSource.replace('override:', 'partner version ')}</span>}
              </>
            ),
          },
          { header: 'To', cell: (d) => d.recipientDescription },
          {
            header: 'Made',
            className: 'nowrap',
            cell: (d) => (
              <>
                {formatDateTime(d.createdAt)}
                <br />
                <span className="secondary-text">{d.createdBy}</span>
              </>
            ),
          },
          {
            header: 'Sending',
            cell: (d) =>
              d.recipientRole === 'court' ? (
                <span className="secondary-text">For the court bundle</span>
              ) : (
                <>
                  <SendingState document={d} />
                  <SendingActions document={d} onMessage={setSending} />
                </>
              ),
          },
          {
            header: <HiddenHeader>Files</HiddenHeader>,
            cell: (d) => (
              <div className="row-actions">
                <Button small variant="secondary" onClick={() => void show(d.id)} aria-expanded={shown?.id === d.id} aria-label={`Show ${d.title}`}>
                  {shown?.id === d.id ? 'Hide' : 'Show'}
                </Button>
                <Button small variant="secondary" onClick={() => void download(d.id, 'pdf')} aria-label={`Download ${d.title} as PDF`}>
                  PDF
                </Button>
                <Button small variant="secondary" onClick={() => void download(d.id, 'docx')} aria-label={`Download ${d.title} as a Word file`}>
                  Word
                </Button>
                <Button small variant="secondary" onClick={() => void plainText(d.id)} aria-label={`Download ${d.title} as plain text for Braille or a screen reader`}>
                  Plain text
                </Button>
                <Button small variant="secondary" onClick={() => setFormatFor(formatFor?.id === d.id ? null : d)} aria-expanded={formatFor?.id === d.id} aria-label={`Record ${d.title} sent in another format`}>
                  Other format sent
                </Button>
              </div>
            ),
          },
        ]}
      />
      {error && (
        <Notice tone="error" live>
          <p>{error}</p>
        </Notice>
      )}
      {saved && (
        <Notice tone="success" live>
          <p>{saved}</p>
        </Notice>
      )}
      {formatFor && (
        <FormatSentForm
          key={formatFor.id}
          doc={formatFor}
          onCancel={() => setFormatFor(null)}
          onDone={(message) => {
            setFormatFor(null);
            setSaved(message);
          }}
        />
      )}
      {shown && <DocumentPreview model={shown.model} label={shown.model.title} />}
    </>
  );
}
