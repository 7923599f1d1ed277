import type { FieldErrors } from '../../../hooks/useFieldErrors';
import type { IntakeDraft } from './draft';

/** What every step of the report form is given: the draft, a way to change it, and the field errors. */
export interface IntakeStepProps {
  draft: IntakeDraft;
  set: (patch: Partial<IntakeDraft>) => void;
  errors: FieldErrors;
}
