import { formatDateTime } from '../../../../shared/time/format';
import { labelOf } from '../../../../shared/domain/vocabulary';
import { londonDate } from '../../../../shared/time/london';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { fromIsoDate } from '../../../../shared/time/input';
import { AppealsList } from './AppealsList';
import { DecideAppealForm } from './DecideAppealForm';
import { OUTCOMES } from './labels';
import { LodgeAppealForm } from './LodgeAppealForm';
import type { StepProps } from './stepProps';
import { SurveySection } from './SurveySection';

/** A closed case: when, the appeal window, appeals and their decisions, and the feedback survey. */
export function ClosedState(props: StepProps) {
  const { caseId, closure: c, canEdit, open, setOpen, onDone } = props;
  const { can } = useSession();
  const ends = c.appealWindowEndsOn;
  const inWindow = ends !== null && londonDate(new Date()) <= ends;
  const pending = c.appeals.some((a) => a.decision === null);
  return (
    <>
      <Notice tone="success" title="The case is closed">
        <p>
          Closed {c.closedAt && formatDateTime(c.closedAt)}
          {c.proposal && `, outcome: ${labelOf(OUTCOMES, c.proposal.outcome).toLowerCase()}`}.
        </p>
        {ends && (
          <p className="appeal-window">
            {inWindow ? 'The complainant can appeal until ' : 'The appeal window ended on '}
            <strong>{fromIsoDate(ends)}</strong>
            {inWindow ? '.' : '. A late appeal needs a manager to reopen the case.'}
          </p>
        )}
      </Notice>
      <h3>Appeal against closure</h3>
      {c.appeals.length ? <AppealsList appeals={c.appeals} /> : <p className="secondary-text">No appeal so far.</p>}
      {pending && can('closure.decide') && open !== 'decide' && <Button small onClick={() => setOpen('decide')}>Decide the appeal</Button>}
      {open === 'decide' && <DecideAppealForm caseId={caseId} onDone={onDone} onCancel={() => setOpen(null)} />}
      {!pending && inWindow && canEdit && open !== 'lodge' && (
        <p>
          <Button small variant="secondary" onClick={() => setOpen('lodge')}>Record an appeal</Button>
        </p>
      )}
      {open === 'lodge' && <LodgeAppealForm caseId={caseId} onDone={onDone} onCancel={() => setOpen(null)} />}
      <SurveySection {...props} />
    </>
  );
}
