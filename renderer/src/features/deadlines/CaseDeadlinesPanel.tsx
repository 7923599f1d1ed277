import { useEffect, useRef, useState } from 'react';
import '../../styles/standards.css';
import type { DueItemView } from '../../../../shared/schemas/standards';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { DueItemsTable } from './DueItemsTable';
import { useCaseDeadlines } from './hooks/useCaseDeadlines';
import { useNow } from './hooks/useNow';
import { WaiveDialog } from './WaiveDialog';

interface Props {
  caseId: number;
  /** The case reference, for the waive dialog's wording. */
  caseRef?: string;
  /** Change it (e.g. a counter) after recording something elsewhere on the case, to read the items again. */
  reloadKey?: unknown;
  /** Called after a waiver here, so the case header can show the new next due item. */
  onChanged?: () => void;
}

const isOpen = (i: DueItemView) => i.state === 'pending' || i.state === 'breached';

/** Every due item of a case (issue 4 §5): what is still to do, and what was met, late or waived. */
export function CaseDeadlinesPanel({ caseId, caseRef, reloadKey, onChanged }: Props) {
  const { can } = useSession();
  const [items, reload] = useCaseDeadlines(caseId);
  const [waiving, setWaiving] = useState<DueItemView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow();
  const seenKey = useRef(reloadKey);
  useEffect(() => {
    if (Object.is(seenKey.current, reloadKey)) return;
    seenKey.current = reloadKey;
    reload();
  }, [reloadKey, reload]);

  const open = items.state === 'ok' ? items.value.filter(isOpen) : [];
  const closed = items.state === 'ok' ? items.value.filter((i) => !isOpen(i)) : [];
  return (
    <section className="panel case-deadlines" aria-labelledby={`case-deadlines-${caseId}`}>
      <h2 id={`case-deadlines-${caseId}`}>Deadlines</h2>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {items.state === 'loading' && <p>Loading the deadlines…</p>}
      {items.state === 'error' && <Notice tone="error" title="The deadlines could not be loaded"><p>{items.message}</p></Notice>}
      {items.state === 'ok' &&
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
            reload();
            onChanged?.();
          }}
        />
      )}
    </section>
  );
}
