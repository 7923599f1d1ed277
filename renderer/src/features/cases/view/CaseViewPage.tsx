import { Heading } from '../../../ui/Heading';
import { Notice } from '../../../ui/Notice';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { CASES_HREF } from '../labels';
import { CaseScreen } from './CaseScreen';
import { useCaseView } from './hooks/useCaseView';

/** One case (#/cases/123). A restricted case first asks why it is being opened. */
export function CaseViewPage({ id }: { id: number }) {
  const view = useCaseView(id);
  const { loaded } = view;
  if (loaded.state === 'ok') return <CaseScreen view={loaded.value} reason={view.reason} onChanged={view.reload} />;
  const restricted = loaded.state === 'error' && loaded.code === 'reason-required';
  return (
    <>
      <p className="back-link">
        <a href={CASES_HREF}>All cases</a>
      </p>
      <div className="page__header">
        <Heading>{restricted ? 'Restricted case' : 'Case'}</Heading>
      </div>
      {loaded.state === 'loading' && <p>Loading the case…</p>}
      {loaded.state === 'error' && !restricted && (
        <Notice tone="error" title="The case could not be opened">
          <p>{loaded.message}</p>
        </Notice>
      )}
      {restricted && (
        <ReasonDialog
          id="open-reason"
          title="This case is restricted"
          label="Why do you need to open it?"
          confirmLabel="Open the case"
          cancelLabel="Back to the cases"
          error={view.reason ? loaded.message : null}
          onConfirm={view.setReason}
          onCancel={() => window.location.assign(CASES_HREF)}
        >
          <p>{loaded.message}</p>
        </ReasonDialog>
      )}
    </>
  );
}
