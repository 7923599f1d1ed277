import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/cases.css';
import '../../styles/actions.css';
import type { CaseView } from '../../../../shared/schemas/cases';
import { hearthQuery } from '../../api/queries';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { Confirmations } from './confirmations/Confirmations';
import { EditInjunctionForm, NewActionForm } from './form/NewActionForm';
import { usePanelForms } from './hooks/usePanelForms';
import { LegalReferral } from './LegalReferral';
import { ActionList } from './list/ActionList';
import { personName } from '../parties';

interface Props {
  view: CaseView;
}

/** Interventions and legal action on the case (P5, DESIGN §5): lightest first, each guard explained. */
export function ActionsPanel({ view }: Props) {
  const { can } = useSession();
  const canEdit = can('cases.update');
  const canEditInjunction = can('injunctions.edit');
  const list = useQuery(hearthQuery('action:list', { caseId: view.header.id }));
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => setMessage(text);
  const forms = usePanelForms(changed);
  const nameOf = (id: number) => personName(view.parties.find((p) => p.id === id) ?? { name: '', anonymous: true });
  const takeAction = () => {
    setMessage(null);
    forms.startAdding();
  };
  const data = list.data ?? null;
  return (
    <section className="panel actions-panel" aria-labelledby="actions-heading">
      <div className="panel__head">
        <h2 id="actions-heading">Interventions and legal action</h2>
        {canEdit && !forms.adding && (
          <Button id="take-action-button" small onClick={takeAction}>
            Take an action
          </Button>
        )}
      </div>
      <LegalReferral header={view.header} onDone={changed} />
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {list.isPending && <p>Loading the actions…</p>}
      {list.isError && <Notice tone="error" title="The actions could not be loaded"><p>{list.error.message}</p></Notice>}
      {data && forms.adding && (
        <NewActionForm
          view={view}
          actions={data.actions}
          onRecordConfirmation={forms.openConfirmation}
          onSaved={(a) => forms.stopAdding(`action-${a.id}-heading`, `${a.label} recorded${a.subjectName ? ` for ${a.subjectName}` : ''}. It is in the chronology.`)}
          onCancel={() => forms.stopAdding('take-action-button')}
        />
      )}
      {data && forms.editing !== null && data.actions.some((a) => a.id === forms.editing) && (
        <EditInjunctionForm
          key={forms.editing}
          view={view}
          actions={data.actions}
          action={data.actions.find((a) => a.id === forms.editing)!}
          onRecordConfirmation={forms.openConfirmation}
          onSaved={(a) => forms.stopEditing(a.id, `${a.label} saved as version ${a.version}. The court papers use this version.`)}
          onCancel={() => forms.stopEditing(forms.editing!)}
        />
      )}
      {data && <Confirmations view={view} confirmations={data.confirmations} nameOf={nameOf} canEdit={canEdit} openFor={forms.confirmFor} onOpen={forms.openConfirmation} onClose={() => forms.closeConfirmation()} onSaved={forms.closeConfirmation} />}
      {data && (
        <>
          <h3 className="actions-panel__list-title">Actions taken</h3>
          <ActionList actions={data.actions} nameOf={nameOf} canEdit={canEdit} onDone={changed} onEditInjunction={canEditInjunction && forms.editing === null && !forms.adding ? forms.startEditing : null} />
        </>
      )}
    </section>
  );
}
