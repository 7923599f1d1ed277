import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/cases.css';
import type { DisposalItem } from '../../../../shared/schemas/retention';
import { formatDate } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { PersonPanel } from './PersonPanel';
import { SchedulePanel } from './SchedulePanel';
import { DisposeDialog, HoldDialog, KeepDialog } from './RetentionDialogs';

type Open = { kind: 'anonymise' | 'delete' | 'keep' | 'hold'; item: DisposalItem } | null;

/**
 * The disposal review (issue 21): the cases past their retention date, why (the rule, the trigger date),
 * and per case anonymise, delete, keep with a reason and a new review date, or place a legal hold. Holds
 * in force are listed below with a way to lift each. Managers only; main checks every request again.
 */
export function RetentionPage() {
  const review = useQuery(hearthQuery('retention:review', {}));
  const lift = useChange();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };

  return (
    <>
      <div className="page__header">
        <Heading>Retention and disposal</Heading>
        <p>Closed cases past the date the retention schedule keeps them to, oldest first. Anonymising keeps the figures the monitoring reports count; deleting removes the case. Neither can be undone.</p>
      </div>
      {done && (
        <Notice tone="success" title="Done" live>
          <p>{done}</p>
        </Notice>
      )}
      {review.isPending && <p>Loading the review…</p>}
      {review.isError && (
        <Notice tone="error" title="The review could not be loaded">
          <p>{review.error.message}</p>
        </Notice>
      )}
      {review.isSuccess && (
        <>
          {review.data.warnings.map((w) => (
            <Notice key={w} tone="warning" title="The retention schedule">
              <p>{w}</p>
            </Notice>
          ))}
          {review.data.items.length ? (
            <DataTable
              caption={`${review.data.total} case${review.data.total === 1 ? '' : 's'} past ${review.data.total === 1 ? 'its' : 'their'} retention date on ${formatDate(review.data.today)}`}
              columns={[
                { header: 'Case', cell: (i) => i.ref, rowHeader: true, className: 'nowrap' },
                { header: 'Due', cell: (i) => formatDate(i.dueOn!), className: 'nowrap' },
                { header: 'Why', cell: (i) => <span title={i.basis ?? undefined}>{i.why}{i.triggerOn ? `; trigger ${formatDate(i.triggerOn)}` : ''}</span> },
                { header: 'In the way', cell: (i) => i.hold ?? (i.kept ? `Kept: ${i.kept.reason}` : 'Nothing') },
                {
                  header: 'Decide',
                  cell: (i) => (
                    <div className="button-row">
                      <Button small onClick={() => setOpen({ kind: 'anonymise', item: i })} aria-label={`Anonymise ${i.ref}`}>Anonymise</Button>
                      <Button small variant="danger" onClick={() => setOpen({ kind: 'delete', item: i })} aria-label={`Delete ${i.ref}`}>Delete</Button>
                      <Button small variant="secondary" onClick={() => setOpen({ kind: 'keep', item: i })} aria-label={`Keep ${i.ref}`}>Keep…</Button>
                      <Button small variant="secondary" onClick={() => setOpen({ kind: 'hold', item: i })} aria-label={`Place a legal hold on ${i.ref}`}>Legal hold…</Button>
                    </div>
                  ),
                },
              ]}
              rows={review.data.items}
              rowKey={(i) => i.caseId}
              scrollLabel="Cases past their retention date"
            />
          ) : (
            <p>Nothing is past its retention date.</p>
          )}
          <h2>Legal holds in force</h2>
          {lift.error && (
            <Notice tone="error" title="The hold was not lifted">
              <p>{lift.error}</p>
            </Notice>
          )}
          {review.data.holds.length ? (
            <ul className="plain-list">
              {review.data.holds.map((h) => (
                <li key={h.id}>
                  {h.ref}{h.onPerson ? ' (a person in it)' : ''}: {h.words}{' '}
                  <LiftButton onLift={(reason) => void lift.run('hold:lift', { caseId: h.caseId, id: h.id, reason }, () => setDone(`The hold on ${h.ref} was lifted.`))} label={`Lift the hold on ${h.ref}`} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No legal hold is in force.</p>
          )}
          <PersonPanel onDone={setDone} />
          <SchedulePanel onDone={setDone} />
          <h2>Disposed of recently</h2>
          {review.data.recent.length ? (
            <ul className="plain-list">
              {review.data.recent.map((d) => (
                <li key={`${d.caseRef}-${d.disposedAt}`}>{d.caseRef}: {d.method === 'anonymise' ? 'anonymised' : 'deleted'} on {formatDate(d.disposedAt)} by {d.disposedBy} under rule “{d.ruleId}”</li>
              ))}
            </ul>
          ) : (
            <p>Nothing has been disposed of yet.</p>
          )}
        </>
      )}
      {open && (open.kind === 'anonymise' || open.kind === 'delete') && <DisposeDialog item={open.item} method={open.kind} onDone={finish} onCancel={() => setOpen(null)} />}
      {open?.kind === 'keep' && <KeepDialog item={open.item} onDone={finish} onCancel={() => setOpen(null)} />}
      {open?.kind === 'hold' && <HoldDialog item={open.item} onDone={finish} onCancel={() => setOpen(null)} />}
    </>
  );
}

function LiftButton({ onLift, label }: { onLift: (reason: string) => void; label: string }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  if (!asking) return <Button small variant="secondary" onClick={() => setAsking(true)}>{label}</Button>;
  return (
    <span className="button-row">
      <label htmlFor="lift-reason">Why is it lifted?</label>
      <input id="lift-reason" className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button small disabled={!reason.trim()} onClick={() => onLift(reason.trim())}>Lift the hold</Button>
    </span>
  );
}
