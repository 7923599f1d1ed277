import { useCaseRead } from '../../hooks/useCaseRead';
import { caseHref } from '../../hooks/useHashRoute';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { CaseDocumentsPanel } from './CaseDocumentsPanel';
import { LETTERS_HREF } from './routes';
import { ReasonForm } from './ReasonForm';

/** One case's letters (#/letters/123): make one, see the ones made. A restricted case asks why first. */
export function CaseLetters({ caseId }: { caseId: number }) {
  // A restricted case: the reason is sent once and opens the case to this session for a while (issue 13).
  const { query: loaded, setReason } = useCaseRead({ id: caseId, kinds: ['report'] });
  const ref = loaded.data?.header.ref ?? null;
  return (
    <>
      <p className="back-link no-print">{ref ? <a href={caseHref(caseId)}>Back to case {ref}</a> : <a href={LETTERS_HREF}>Letters</a>}</p>
      <div className="page__header">
        <Heading title={ref ? `Letters: ${ref}` : 'Letters'}>{ref ? `Letters for ${ref}` : 'Letters'}</Heading>
      </div>
      {loaded.isPending && <p>Loading the case…</p>}
      {loaded.isError && loaded.error.code === 'reason-required' && <ReasonForm message={loaded.error.message} onReason={setReason} />}
      {loaded.isError && loaded.error.code !== 'reason-required' && (
        <Notice tone="error" title="The case could not be opened">
          <p>{loaded.error.message}</p>
        </Notice>
      )}
      {loaded.isSuccess && <CaseDocumentsPanel caseId={caseId} />}
    </>
  );
}
