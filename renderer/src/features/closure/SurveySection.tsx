import { Button } from '../../ui/Button';
import { fromIsoDate } from '../../../../shared/time/input';
import { satisfactionWords } from './labels';
import type { StepProps } from './stepProps';
import { SurveyForm } from './SurveyForm';

/** The feedback survey after closing (P6.2): those recorded, and recording one. */
export function SurveySection({ caseId, closure, canEdit, open, setOpen, onDone }: StepProps) {
  return (
    <>
      <h3>Feedback survey</h3>
      {closure.surveys.length === 0 ? (
        <p className="secondary-text">Not recorded yet. Offer the complainant the survey now that the case is closed.</p>
      ) : (
        <ul className="survey-list">
          {closure.surveys.map((s) => (
            <li key={s.id}>
              Offered {fromIsoDate(s.offeredOn)}
              {s.completedOn ? `, completed ${fromIsoDate(s.completedOn)}` : ', not completed yet'}
              {s.satisfaction !== null && <strong>: handling {satisfactionWords(s.satisfaction)}</strong>}
              {s.outcomeSatisfaction !== null && <strong>; outcome {satisfactionWords(s.outcomeSatisfaction)}</strong>}
              {s.comments && <span className="survey-list__comments">“{s.comments}”</span>}
            </li>
          ))}
        </ul>
      )}
      {canEdit && open !== 'survey' && (
        <Button small variant="secondary" onClick={() => setOpen('survey')}>
          Record the feedback survey
        </Button>
      )}
      {open === 'survey' && <SurveyForm caseId={caseId} onDone={onDone} onCancel={() => setOpen(null)} />}
    </>
  );
}
