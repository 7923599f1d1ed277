import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { useSession } from '../../hooks/useSession';
import { Notice } from '../../ui/Notice';
import { DocumentList } from './DocumentList';
import { DocumentMaker } from './DocumentMaker';
import './documents.css';

interface Props {
  caseId: number;
}

/**
 * A case's letters and documents: making one from a template (issue 6) and the ones already made. The
 * case screen shows it as a panel; the Letters page shows it for the case in its address. Which
 * templates fit is read from the cache of the case, so it follows every change made on the case.
 */
export function CaseDocumentsPanel({ caseId }: Props) {
  const { can } = useSession();
  const templates = useQuery(hearthQuery('document:templates', { caseId }));
  const documents = useQuery(hearthQuery('document:list', { caseId }));
  return (
    <div className="doc-panels">
      {can('cases.update') && templates.isSuccess && <DocumentMaker caseId={caseId} templates={templates.data} />}
      {templates.isError && (
        <Notice tone="error" title="The templates could not be loaded">
          <p>{templates.error.message}</p>
        </Notice>
      )}
      <section className="panel" aria-labelledby="doc-list-heading">
        <h2 id="doc-list-heading">Documents on this case</h2>
        {documents.isPending && <p>Loading…</p>}
        {documents.isError && <p>{documents.error.message}</p>}
        {documents.isSuccess && <DocumentList documents={documents.data} />}
      </section>
    </div>
  );
}
