import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import '../../styles/cases.css';
import '../../styles/actions.css';
import type { PartyView } from '../../../../shared/schemas/cases';
import { hearthQuery } from '../../api/queries';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { focusSoon } from '../../ui/focus';
import { ClosedState } from './ClosedState';
import { OpenState } from './OpenState';
import { ProposedState } from './ProposedState';
import type { ClosureForm, StepProps } from './stepProps';

interface Props {
  caseId: number;
  parties: readonly PartyView[];
}

/** Closing the case (P6.2): propose, discuss, offer the appeal, close; then appeals and the survey. */
export function ClosurePanel({ caseId, parties }: Props) {
  const { can } = useSession();
  const closure = useQuery(hearthQuery('closure:get', { caseId }));
  // The open form (one at a time), and how many forms have closed on finishing (focus then returns to the heading).
  const [forms, setForms] = useState<{ open: ClosureForm | null; finished: number }>({ open: null, finished: 0 });
  const { open, finished } = forms;
  const [message, setMessage] = useState<string | null>(null);
  const setOpen = (form: ClosureForm | null) => {
    setForms((f) => ({ ...f, open: form }));
    if (form) setMessage(null);
    if (form && form !== 'withdraw') focusSoon(`closure-${form}-heading`);
  };
  // A form's change says it worked once every part of the case it made stale has been read again; this
  // panel's part may be back first, and the officer may already have opened the next form. `open` is the
  // form this onDone was handed to: only if it is still the open one does it close (and focus move).
  const onDone = (text: string) => {
    setMessage(text);
    setForms((f) => (f.open === open ? { open: null, finished: f.finished + 1 } : f));
  };
  useEffect(() => {
    if (finished > 0) focusSoon('closure-heading');
  }, [finished]);
  const c = closure.data ?? null;
  const props: StepProps | null = c && { caseId, closure: c, parties, canEdit: can('cases.update'), open, setOpen, onDone };
  return (
    <section className="panel closure-panel" aria-labelledby="closure-heading">
      <h2 id="closure-heading" tabIndex={-1}>
        Closing the case
      </h2>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {closure.isPending && <p>Loading…</p>}
      {closure.isError && <Notice tone="error" title="The closure could not be loaded"><p>{closure.error.message}</p></Notice>}
      {props?.closure.status === 'open' && <OpenState {...props} />}
      {props?.closure.status === 'closure-proposed' && <ProposedState {...props} />}
      {props?.closure.status === 'closed' && <ClosedState {...props} />}
    </section>
  );
}
