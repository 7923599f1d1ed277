import { DeadlineRow, type DashboardLine } from './DeadlineRow';

interface Props {
  id: string;
  title: string;
  lines: readonly DashboardLine[];
  /** Said when the section is empty: calm and specific ("Nothing overdue. Well done."). */
  empty: string;
  now: number;
  canWaive: boolean;
  onRecorded: (message: string) => void;
  onWaive: (line: DashboardLine) => void;
}

export function DeadlineSection({ id, title, lines, empty, now, canWaive, onRecorded, onWaive }: Props) {
  const heading = `${id}-heading`;
  return (
    <section className={`due-section due-section--${id}`} aria-labelledby={heading}>
      <h2 id={heading}>
        {title} <span className={lines.length ? 'due-section__count due-section__count--some' : 'due-section__count'}>{lines.length}</span>
      </h2>
      {lines.length === 0 ? (
        <p className="due-section__empty">
          <span aria-hidden="true">✓ </span>
          {empty}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table due-table">
            <caption className="visually-hidden">
              {title}: {lines.length} item{lines.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">What to do</th>
                <th scope="col">Due</th>
                <th scope="col">Officer</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <DeadlineRow key={`${line.caseId}-${line.ruleId}-${line.occurrence}`} line={line} now={now} canWaive={canWaive} onRecorded={onRecorded} onWaive={onWaive} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
