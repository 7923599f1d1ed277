import { Heading } from '../../../ui/Heading';
import { Notice } from '../../../ui/Notice';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { CASES_HREF } from '../labels';
import { CaseScreen } from './CaseScreen';
import { useCaseView } from './hooks/useCaseView';

/** One case (#/cases/123). A restricted case first asks why it is being opened. */
export function CaseViewPage({ id }: { id: number }) {
  const { query, reason, setReason } = useCaseView(id);
  if (query.isSuccess) return <CaseScreen view={query.data} />;
  const restricted = query.isError && query.error.code === 'reason-required';
  return (
    <>
      <p className="back-link">
        <a href={CASES_HREF}>All cases</a>
      </p>
      <div className="page__header">
        <Heading>{restricted ? 'Restricted case' : 'Case'}</Heading>
      </div>
      {query.isPending && <p>Loading the case…</p>}
      {query.isError && !restricted && (
        <Notice tone="error" title="The case could not be opened">
          <p>{query.error.message}</p>
        </Notice>
      )}
      {restricted && (
        <ReasonDialog
          id="open-reason"
          title="This case is restricted"
          label="Why do you need to open it?"
          confirmLabel="Open the case"
          cancelLabel="Back to the cases"
          error={reason ? query.error.message : null}
          onConfirm={setReason}
          onCancel={() => window.location.assign(CASES_HREF)}
        >
          <p>{query.error.message}</p>
        </ReasonDialog>
      )}
    </>
  );
}
