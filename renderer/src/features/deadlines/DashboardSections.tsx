import type { DashboardView } from '../../../../shared/schemas/standards';
import type { DashboardLine } from './dashboardLine';
import { DeadlineSection } from './DeadlineSection';
import { isOverdue } from './dueText';

interface Props {
  view: DashboardView;
  now: number;
  canWaive: boolean;
  onRecorded: (message: string) => void;
  onWaive: (line: DashboardLine) => void;
}

/**
 * The three sections. Main sorted the lines when the page loaded; a line of today whose time has passed
 * since then moves to Overdue here, without asking main again.
 */
export function DashboardSections({ view, now, ...actions }: Props) {
  const lapsed = view.today.filter((l) => isOverdue(l.dueAt, now));
  const overdue = [...view.overdue, ...lapsed];
  const today = view.today.filter((l) => !isOverdue(l.dueAt, now));
  const nothingAtAll = overdue.length + today.length + view.week.length === 0;
  return (
    <>
      {nothingAtAll && <p className="lede">Nothing is due this week. Everything is on track.</p>}
      <DeadlineSection id="overdue" title="Overdue" lines={overdue} empty="Nothing overdue. Well done." now={now} {...actions} />
      <DeadlineSection id="today" title="Due today" lines={today} empty="Nothing else is due today." now={now} {...actions} />
      <DeadlineSection id="week" title="Due this week" lines={view.week} empty="Nothing more is due this week." now={now} {...actions} />
    </>
  );
}
