import type { ClosureView } from '../../../../shared/schemas/actions';
import type { PartyView } from '../../../../shared/schemas/cases';

export type ClosureForm = 'propose' | 'discuss' | 'offer' | 'close' | 'withdraw' | 'lodge' | 'decide' | 'survey';

/** What each part of the closure panel is given. */
export interface StepProps {
  caseId: number;
  closure: ClosureView;
  parties: readonly PartyView[];
  canEdit: boolean;
  /** The form that is open, if any: one at a time. */
  open: ClosureForm | null;
  setOpen: (form: ClosureForm | null) => void;
  /** After a change: closes the form, says what happened and reads the case again. */
  onDone: (message: string) => void;
}
