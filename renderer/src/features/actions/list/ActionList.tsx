import type { ActionView } from '../../../../../shared/schemas/actions';
import { ActionCard } from './ActionCard';

interface Props {
  actions: readonly ActionView[];
  nameOf: (partyId: number) => string;
  canEdit: boolean;
  onDone: (message: string) => void;
  /** Opens the injunction's edit form (issue 15); null when the person may not, or a form is open. */
  onEditInjunction?: ((actionId: number) => void) | null;
}

/** The case's actions, newest first: what is running now matters most. */
export function ActionList({ actions, nameOf, canEdit, onDone, onEditInjunction = null }: Props) {
  if (!actions.length) return <p className="secondary-text">No action has been taken on this case yet.</p>;
  const newestFirst = [...actions].sort((x, y) => y.startedOn.localeCompare(x.startedOn) || y.id - x.id);
  return (
    <div className="action-list">
      {newestFirst.map((a) => (
        <ActionCard key={a.id} action={a} nameOf={nameOf} canEdit={canEdit} onDone={onDone} onEdit={a.kind === 'civil-injunction' && a.status === 'active' ? onEditInjunction : null} />
      ))}
    </div>
  );
}
