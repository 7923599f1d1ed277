import { useState } from 'react';
import '../../styles/cases.css';
import '../../styles/actions.css';
import type { PartyView } from '../../../../shared/schemas/cases';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { useReloadKey } from '../../hooks/useReloadKey';
import { focusSoon } from '../../ui/focus';
import { ClosedState } from './ClosedState';
import { useClosure } from './hooks/useClosure';
import { OpenState } from './OpenState';
import { ProposedState } from './ProposedState';
import type { ClosureForm, StepProps } from './stepProps';

interface Props {
  caseId: number;
  parties: readonly PartyView[];
  reloadKey?: unknown;
  /** Called after any change: the case's status, chronology and deadlines change with it. */
  onChanged?: () => void;
}

/** Closing the case (P6.2): propose, discuss, offer the appeal, close; then appeals and the survey. */
export function ClosurePanel({ caseId, parties, reloadKey, onChanged }: Props) {
  const { can } = useSession();
  const [closure, reload] = useClosure(caseId);
  useReloadKey(reloadKey, reload);
  const [open, setOpenForm] = useState<ClosureForm | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const setOpen = (form: ClosureForm | null) => {
    setOpenForm(form);
    if (form) setMessage(null);
    if (form && form !== 'withdraw') focusSoon(`closure-${form}-heading`);
  };
  const onDone = (text: string) => {
    setOpenForm(null);
    setMessage(text);
    reload();
    onChanged?.();
    focusSoon('closure-heading');
  };
  const c = closure.state === 'ok' ? closure.value : null;
  const props: StepProps | null = c && { caseId, closure: c, parties, canEdit: can('cases.update'), open, setOpen, onDone };
  return (
    <section className="panel closure-panel" aria-labelledby="closure-heading">
      <h2 id="closure-heading" tabIndex={-1}>
        Closing the case
      </h2>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {closure.state === 'loading' && <p>Loading…</p>}
      {closure.state === 'error' && <Notice tone="error" title="The closure could not be loaded"><p>{closure.message}</p></Notice>}
      {props?.closure.status === 'open' && <OpenState {...props} />}
      {props?.closure.status === 'closure-proposed' && <ProposedState {...props} />}
      {props?.closure.status === 'closed' && <ClosedState {...props} />}
    </section>
  );
}
