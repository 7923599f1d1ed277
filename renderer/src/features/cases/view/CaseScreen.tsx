import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { hearthQuery } from '../../../api/queries';
import { Notice } from '../../../ui/Notice';
import { useSession } from '../../../hooks/useSession';
import { ActionsPanel } from '../../actions';
import { ClosurePanel } from '../../closure';
import { CaseDeadlinesPanel } from '../../deadlines';
import { CaseDocumentsPanel } from '../../documents';
import { ActionPlanPanel } from '../../plans';
import { ChronologyPanel } from '../chronology/ChronologyPanel';
import { AddToCase } from '../entries/AddToCase';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { CASES_HREF } from '../labels';
import { PeoplePanel } from '../people/PeoplePanel';
import { CaseHeaderPanel } from './CaseHeaderPanel';
import { CaseworkPanel } from '../casework/CaseworkPanel';

/** The ASB case review (issue 20) is rarely used: loaded when a case is first opened, not at start. */
const CaseReviewPanel = lazy(() => import('../../case-review'));
/** Police requests (issue 21) are for managers, and rare: loaded only for them. */
const PolicePanel = lazy(() => import('../../police'));

interface Props {
  view: CaseView;
}

/**
 * The case: its header, adding to it, the chronology, the people and consents, the evidence, then the
 * deadlines and the action plan (features/deadlines and features/plans), interventions and legal action
 * (features/actions), closing the case (features/closure) and its letters (features/documents). Each
 * panel reads its own part of the case from the query cache; a change anywhere on the case makes them
 * read again (api/queries.ts), since contacts meet deadlines and actions make letters available (a contact
 * or a note only the parts it can change).
 */
export function CaseScreen({ view }: Props) {
  const id = view.header.id;
  const due = useQuery(hearthQuery('deadline:forCase', { caseId: id }));
  const [message, setMessage] = useState<string | null>(null);
  const { can } = useSession();
  return (
    <div className="case-screen">
      <p className="back-link no-print">
        <a href={CASES_HREF}>All cases</a>
      </p>
      <CaseHeaderPanel header={view.header} due={due} onDone={setMessage} />
      <div aria-live="polite" className="no-print">
        {message && (
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        )}
      </div>
      <AddToCase view={view} onAdded={setMessage} />
      <ChronologyPanel header={view.header} items={view.chronology} />
      <PeoplePanel view={view} onDone={setMessage} />
      <EvidencePanel view={view} onDone={setMessage} />
      <div className="no-print">
        <CaseDeadlinesPanel caseId={id} caseRef={view.header.ref} />
        <ActionPlanPanel caseId={id} />
        <ActionsPanel view={view} />
        <CaseworkPanel caseId={id} onDone={setMessage} />
        <Suspense fallback={<p className="secondary-text">Loading the case review…</p>}>
          <CaseReviewPanel view={view} onDone={setMessage} />
        </Suspense>
        {can('disclosures.manage') && (
          <Suspense fallback={<p className="secondary-text">Loading the police requests…</p>}>
            <PolicePanel view={view} onDone={setMessage} />
          </Suspense>
        )}
        <ClosurePanel caseId={id} parties={view.parties} />
        <CaseDocumentsPanel caseId={id} />
      </div>
    </div>
  );
}
