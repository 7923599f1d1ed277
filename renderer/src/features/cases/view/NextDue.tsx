import type { DueItemView } from '../../../../../shared/schemas/standards';
import type { UseQueryResult } from '@tanstack/react-query';
import type { HearthError } from '../../../api/queries';
import { dueText } from '../format/due';

const byDue = (a: DueItemView, b: DueItemView) => a.dueAt.localeCompare(b.dueAt);

/** The one thing to do next on the case: the first breached item, else the first pending one. */
export function pickNext(items: readonly DueItemView[]): { next: DueItemView | null; open: number } {
  const breached = items.filter((i) => i.state === 'breached').sort(byDue);
  const pending = items.filter((i) => i.state === 'pending').sort(byDue);
  return { next: breached[0] ?? pending[0] ?? null, open: breached.length + pending.length };
}

export function NextDue({ due }: { due: UseQueryResult<DueItemView[], HearthError> }) {
  if (due.isPending) return null;
  if (due.isError) return <p className="next-due next-due--quiet">The deadlines could not be worked out: {due.error.message}</p>;
  const { next, open } = pickNext(due.data);
  if (!next) return <p className="next-due next-due--quiet">Nothing is due on this case.</p>;
  const breached = next.state === 'breached';
  const tone = breached ? 'next-due next-due--breached' : next.urgent ? 'next-due next-due--urgent' : 'next-due';
  return (
    <div className={tone}>
      <span className="next-due__label">{breached ? 'Overdue' : next.urgent ? 'Urgent' : 'Next due'}</span>
      <span>
        <strong>{next.label}</strong> — {dueText(next.dueAt)}
        {open > 1 && <span className="next-due__more"> ({open - 1} more open)</span>}
      </span>
    </div>
  );
}
