import type { DashboardView } from '../../../../shared/schemas/standards';
import type { DashboardLine } from './dashboardLine';
import { DeadlineSection } from './DeadlineSection';
import { isOverdue } from './dueText';
import { SectionPager } from './SectionPager';

type Section = 'overdue' | 'today' | 'week';

interface Props {
  view: DashboardView;
  /** The one section the filters ask for, or all three. */
  only: 'all' | Section;
  now: number;
  canWaive: boolean;
  onRecord: (line: DashboardLine) => void;
  onWaive: (line: DashboardLine) => void;
  onPage: (section: Section, offset: number) => void;
}

const TITLES: Record<Section, { title: string; empty: string }> = {
  overdue: { title: 'Overdue', empty: 'Nothing overdue. Well done.' },
  today: { title: 'Due today', empty: 'Nothing else is due today.' },
  week: { title: 'Due this week', empty: 'Nothing more is due this week.' },
};

/**
 * The three sections, each a page of its lines with its true total. Main sorted the lines when the page
 * loaded; a line of today whose time has passed since then moves to Overdue here, without asking main again.
 */
export function DashboardSections({ view, only, now, onPage, ...actions }: Props) {
  const lapsed = view.today.filter((l) => isOverdue(l.dueAt, now));
  const lines: Record<Section, DashboardLine[]> = {
    overdue: [...view.overdue, ...lapsed],
    today: view.today.filter((l) => !isOverdue(l.dueAt, now)),
    week: view.week,
  };
  const totals: Record<Section, number> = {
    overdue: view.totals.overdue.all + lapsed.length,
    today: view.totals.today.all - lapsed.length,
    week: view.totals.week.all,
  };
  const sections = (['overdue', 'today', 'week'] as const).filter((s) => only === 'all' || only === s);
  const nothingAtAll = sections.every((s) => totals[s] === 0);
  return (
    <>
      {nothingAtAll && <p className="lede">{only === 'all' ? 'Nothing is due this week. Everything is on track.' : 'Nothing matches these filters.'}</p>}
      {sections.map((s) => (
        <DeadlineSection key={s} id={s} title={TITLES[s].title} lines={lines[s]} total={totals[s]} empty={TITLES[s].empty} now={now} {...actions}>
          <SectionPager title={TITLES[s].title} offset={view.offsets[s]} shown={view[s].length} total={view.totals[s].all} pageSize={view.pageSize} onPage={(o) => onPage(s, o)} />
        </DeadlineSection>
      ))}
    </>
  );
}
