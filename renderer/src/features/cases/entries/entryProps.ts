import type { CaseView } from '../../../../../shared/schemas/cases';

/** What every "add to the case" form is given. */
export interface EntryProps {
  view: CaseView;
  onDone: (message: string) => void;
  onCancel: () => void;
}
