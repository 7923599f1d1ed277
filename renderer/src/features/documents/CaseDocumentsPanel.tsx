import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { DocumentList } from './DocumentList';
import { DocumentMaker } from './DocumentMaker';
import { useDocuments } from './hooks/useDocuments';
import { useTemplates } from './hooks/useTemplates';
import './documents.css';

interface Props {
  caseId: number;
  /** The reason given for opening a restricted case (sent with each request; it is audited). */
  reason?: string;
  /** Called after a document is saved: it is in the chronology and may have met a deadline. */
  onChanged?: () => void;
}

/**
 * A case's letters and documents: making one from a template (issue 6) and the ones already made. The
 * case screen can show it as a panel; the Letters page shows it for the case in its address.
 */
export function CaseDocumentsPanel({ caseId, reason, onChanged }: Props) {
  const { can } = useSession();
  const [templates, reloadTemplates] = useTemplates(caseId, reason);
  const [documents, reloadDocuments] = useDocuments(caseId, reason);
  const saved = () => {
    reloadDocuments();
    reloadTemplates();
    onChanged?.();
  };
  return (
    <div className="doc-panels">
      {can('cases.update') && templates.state === 'ok' && <DocumentMaker caseId={caseId} reason={reason} templates={templates.value} onSaved={saved} />}
      {templates.state === 'error' && (
        <Notice tone="error" title="The templates could not be loaded">
          <p>{templates.message}</p>
        </Notice>
      )}
      <section className="panel" aria-labelledby="doc-list-heading">
        <h2 id="doc-list-heading">Documents on this case</h2>
        {documents.state === 'loading' && <p>Loading…</p>}
        {documents.state === 'error' && <p>{documents.message}</p>}
        {documents.state === 'ok' && <DocumentList documents={documents.value} reason={reason} />}
      </section>
    </div>
  );
}
