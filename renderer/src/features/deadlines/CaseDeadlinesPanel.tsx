import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/standards.css';
import type { DueItemView } from '../../../../shared/schemas/standards';
import { hearthQuery } from '../../api/queries';
import { useSession } from '../../hooks/useSession';
import { Notice } from '../../ui/Notice';
import { DueItemsTable } from './DueItemsTable';
import { useNow } from './hooks/useNow';
import { WaiveDialog } from './WaiveDialog';

interface Props {
  caseId: number;
  /** The case reference, for the waive dialog's wording. */
  caseRef?: string;
}

const isOpen = (i: DueItemView) => i.state === 'pending' || i.state === 'breached';

/** Every due item of a case (issue 4 §5): what is still to do, and what was met, late or waived. */
export function CaseDeadlinesPanel({ caseId, caseRef }: Props) {
  const { can } = useSession();
  const items = useQuery(hearthQuery('deadline:forCase', { caseId }));
  const [waiving, setWaiving] = useState<DueItemView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow();

  const open = items.data?.filter(isOpen) ?? [];
  const closed = items.data?.filter((i) => !isOpen(i)) ?? [];
  return (
    <section className="panel case-deadlines" aria-labelledby={`case-deadlines-${caseId}`}>
      <h2 id={`case-deadlines-${caseId}`}>Deadlines</h2>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {items.isPending && <p>Loading the deadlines…</p>}
      {items.isError && <Notice tone="error" title="The deadlines could not be loaded"><p>{items.error.message}</p></Notice>}
      {items.isSuccess &&
        (open.length ? (
          <DueItemsTable caption={`Still to do (${open.length})`} items={open} now={now} onWaive={can('deadlines.waive') ? setWaiving : undefined} />
        ) : (
          <p className="due-section__empty"><span aria-hidden="true">✓ </span>Nothing is due on this case at the moment.</p>
        ))}
      {closed.length > 0 && <DueItemsTable caption={`Done or waived (${closed.length})`} items={closed} now={now} />}
      {waiving && (
        <WaiveDialog
          target={{ ...waiving, caseId, ref: caseRef ?? '' }}
          onCancel={() => setWaiving(null)}
          onWaived={(t) => {
            setWaiving(null);
            setMessage(`Waived “${t.label}”.`);
          }}
        />
      )}
    </section>
  );
}
