import { Button } from '../../ui/Button';
import { AppealsList } from './AppealsList';
import { ProposeForm } from './ProposeForm';
import type { StepProps } from './stepProps';

/** An open case: how closing works, and proposing it. Earlier appeals (a reopened case) stay listed. */
export function OpenState({ caseId, closure, canEdit, open, setOpen, onDone }: StepProps) {
  return (
    <>
      <p>
        When the case should close, propose it here. The policy then asks for two things before it closes: discuss the closure with the complainant, and give them the chance to
        appeal (P6.2).
      </p>
      {canEdit && open !== 'propose' && (
        <Button id="propose-closure-button" small variant="secondary" onClick={() => setOpen('propose')}>
          Propose closing the case
        </Button>
      )}
      {open === 'propose' && <ProposeForm caseId={caseId} onDone={onDone} onCancel={() => setOpen(null)} />}
      {closure.appeals.length > 0 && (
        <>
          <h3>Earlier appeals against closure</h3>
          <AppealsList appeals={closure.appeals} />
        </>
      )}
    </>
  );
}
