import { useState } from 'react';
import type { CaseView, PartyView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { useSession } from '../../../hooks/useSession';
import { ConsentsPanel } from '../consents/ConsentsPanel';
import { focusSoon } from '../../../ui/focus';
import { PeopleTable } from './PeopleTable';
import { PersonEditor } from './PersonEditor';

interface Props {
  view: CaseView;
  onDone: (message: string) => void;
}

/** The people on the case, adding and changing them, and the consents each has given. */
export function PeoplePanel({ view, onDone }: Props) {
  const { can } = useSession();
  const [editing, setEditing] = useState<PartyView | 'new' | null>(null);
  const edit = can('cases.update');
  const open = (target: PartyView | 'new') => {
    setEditing(target);
    focusSoon(target === 'new' ? 'new-person-heading' : `edit-person-${target.id}-heading`);
  };
  // Focus goes back to the button that opened the form.
  const back = (target: PartyView | 'new') => {
    setEditing(null);
    focusSoon(target === 'new' ? 'add-person-button' : `change-person-${target.id}`);
  };
  return (
    <section className="panel no-print" aria-labelledby="people-heading">
      <div className="panel__head">
        <h2 id="people-heading">People</h2>
        {edit && editing === null && (
          <Button id="add-person-button" small variant="secondary" onClick={() => open('new')}>
            Add a person
          </Button>
        )}
      </div>
      {view.parties.length === 0 ? <p className="secondary-text">No one is recorded on this case yet.</p> : <PeopleTable parties={view.parties} onEdit={edit ? open : undefined} />}
      {editing !== null && (
        <PersonEditor
          key={editing === 'new' ? 'new' : editing.id}
          caseId={view.header.id}
          parties={view.parties}
          editing={editing === 'new' ? null : editing}
          onCancel={() => back(editing)}
          onSaved={(message) => {
            back(editing);
            onDone(message);
          }}
        />
      )}
      <ConsentsPanel view={view} onDone={onDone} />
    </section>
  );
}
