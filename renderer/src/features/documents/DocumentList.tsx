import { useState } from 'react';
import type { DocumentModel } from '../../../../shared/documents/model';
import type { DocumentView } from '../../../../shared/schemas/documents';
import { formatDateTime } from '../../../../shared/format/dates';
import { hearth } from '../../api/hearth';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { DocumentPreview } from './DocumentPreview';
import { downloadDocument } from './SavedNotice';

interface Props {
  documents: readonly DocumentView[];
}

/** The documents stored on the case: who each went to, when, and the files to download again. */
export function DocumentList({ documents }: Props) {
  const [shown, setShown] = useState<{ id: number; model: DocumentModel } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (documents.length === 0) return <p className="secondary-text">No documents on this case yet.</p>;
  const show = async (id: number) => {
    if (shown?.id === id) return setShown(null);
    const r = await hearth.document.get({ id });
    if (r.ok) setShown({ id, model: r.value.model });
    else setError(r.error.message);
  };
  const download = async (id: number, format: 'pdf' | 'docx') => setError(await downloadDocument(id, format));
  return (
    <>
      <div className="table-wrap">
        <table className="table doc-list">
          <caption className="visually-hidden">Documents on this case, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">To</th>
              <th scope="col">Made</th>
              <th scope="col">
                <span className="visually-hidden">Files</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.title}
                  {(d.largePrint || d.easyRead) && <span className="tag">{[d.largePrint ? 'Large print' : '', d.easyRead ? 'Easy Read' : ''].filter(Boolean).join(', ')}</span>}
                  {d.templateSource !== 'default' && <span className="secondary-text doc-source"> {d.templateSource.replace('override:', 'partner version ')}</span>}
                </td>
                <td>{d.recipientDescription}</td>
                <td className="nowrap">
                  {formatDateTime(d.createdAt)}
                  <br />
                  <span className="secondary-text">{d.createdBy}</span>
                </td>
                <td>
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
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <Notice tone="error" live>
          <p>{error}</p>
        </Notice>
      )}
      {shown && <DocumentPreview model={shown.model} label={shown.model.title} />}
    </>
  );
}
