import { useState } from 'react';
import type { CaseView } from '../../../../../shared/schemas/cases';
import { Notice } from '../../../ui/Notice';
import { ActionsPanel } from '../../actions';
import { ClosurePanel } from '../../closure';
import { CaseDeadlinesPanel, useCaseDeadlines } from '../../deadlines';
import { CaseDocumentsPanel } from '../../documents';
import { ActionPlanPanel } from '../../plans';
import { ChronologyPanel } from '../chronology/ChronologyPanel';
import { AddToCase } from '../entries/AddToCase';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { CASES_HREF } from '../labels';
import { PeoplePanel } from '../people/PeoplePanel';
import { CaseHeaderPanel } from './CaseHeaderPanel';

interface Props {
  view: CaseView;
  /** The reason given for opening a restricted case, sent again to view its evidence. */
  reason: string | undefined;
  onChanged: () => void;
}

/**
 * The case: its header, adding to it, the chronology, the people and consents, the evidence, then the
 * deadlines and the action plan (features/deadlines and features/plans), interventions and legal action
 * (features/actions) and closing the case (features/closure). Any change reads the case and
 * its deadlines again, since contacts, interviews and plans meet deadlines.
 */
export function CaseScreen({ view, reason, onChanged }: Props) {
  const id = view.header.id;
  const [due, reloadDue] = useCaseDeadlines(id);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const changed = () => {
    onChanged();
    reloadDue();
    setVersion((v) => v + 1);
  };
  const done = (text: string) => {
    setMessage(text);
    changed();
  };
  return (
    <div className="case-screen">
      <p className="back-link no-print">
        <a href={CASES_HREF}>All cases</a>
      </p>
      <CaseHeaderPanel header={view.header} due={due} onChanged={done} />
      <div aria-live="polite" className="no-print">
        {message && (
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        )}
      </div>
      <AddToCase view={view} onAdded={done} />
      <ChronologyPanel header={view.header} items={view.chronology} />
      <PeoplePanel view={view} onChanged={done} />
      <EvidencePanel view={view} reason={reason} onChanged={done} />
      <div className="no-print">
        <CaseDeadlinesPanel caseId={id} caseRef={view.header.ref} reloadKey={version} onChanged={changed} />
        <ActionPlanPanel caseId={id} onChanged={changed} />
        <ActionsPanel view={view} reloadKey={version} onChanged={changed} />
        <ClosurePanel caseId={id} parties={view.parties} reloadKey={version} onChanged={changed} />
        <CaseDocumentsPanel caseId={id} reason={reason} onChanged={changed} />
      </div>
    </div>
  );
}
