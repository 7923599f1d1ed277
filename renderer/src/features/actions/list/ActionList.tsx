import type { ActionView } from '../../../../../shared/schemas/actions';
import { ActionCard } from './ActionCard';

interface Props {
  actions: readonly ActionView[];
  nameOf: (partyId: number) => string;
  canEdit: boolean;
  onDone: (message: string) => void;
}

/** The case's actions, newest first: what is running now matters most. */
export function ActionList({ actions, nameOf, canEdit, onDone }: Props) {
  if (!actions.length) return <p className="secondary-text">No action has been taken on this case yet.</p>;
  const newestFirst = [...actions].sort((x, y) => y.startedOn.localeCompare(x.startedOn) || y.id - x.id);
  return (
    <div className="action-list">
      {newestFirst.map((a) => (
        <ActionCard key={a.id} action={a} nameOf={nameOf} canEdit={canEdit} onDone={onDone} />
      ))}
    </div>
  );
}
