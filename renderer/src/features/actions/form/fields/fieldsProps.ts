import type { ActionView } from '../../../../../../shared/schemas/actions';
import type { EvidenceView, PartyView } from '../../../../../../shared/schemas/cases';
import type { Form } from '../../../../hooks/useForm';
import type { Draft } from '../draft';

/** What each kind's fields are given: the form, and the case's people and actions to choose from. */
export interface FieldsProps {
  form: Form<Draft>;
  parties: readonly PartyView[];
  actions: readonly ActionView[];
  /** The case's exhibits: a plan of an area an injunction keeps someone out of is chosen from them. */
  evidence?: readonly EvidenceView[];
}

/** The chosen person, if any. */
export const subjectOf = ({ form, parties }: Pick<FieldsProps, 'form' | 'parties'>) => parties.find((p) => String(p.id) === form.values.subject) ?? null;
