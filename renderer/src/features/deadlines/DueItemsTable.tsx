import type { DueItemView } from '../../../../shared/schemas/standards';
import { formatDateTime } from '../../../../shared/format/dates';
import { Button } from '../../components/Button';
import { DueStateTag } from './DueStateTag';
import { isOverdue, relativeDue } from './dueText';
import { UrgentTag } from './UrgentTag';

interface Props {
  caption: string;
  items: readonly DueItemView[];
  now: number;
  /** Given to managers: offers "Waive…" on items still open. */
  onWaive?: (item: DueItemView) => void;
}

const isOpen = (i: DueItemView) => i.state === 'pending' || i.state === 'breached';

/** A case's due items with their state, when met, the rule's source and the profile version. */
export function DueItemsTable({ caption, items, now, onWaive }: Props) {
  return (
    <div className="table-wrap">
      <table className="table due-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Due</th>
            <th scope="col">State</th>
            <th scope="col">Met</th>
            <th scope="col">Standard</th>
            {onWaive && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={`${i.ruleId}-${i.occurrence}`}>
              <th scope="row" className="due-table__what">
                {i.urgent && isOpen(i) && <UrgentTag />} {i.label}
                {i.occurrence > 1 && <span className="secondary-text"> (number {i.occurrence})</span>}
              </th>
              <td className="nowrap">
                {formatDateTime(i.dueAt)}
                {isOpen(i) && <span className={isOverdue(i.dueAt, now) ? 'due-when due-when--late' : 'due-when'}>{relativeDue(i.dueAt, now)}</span>}
              </td>
              <td>
                <DueStateTag item={i} now={now} />
                {i.waiver && (
                  <p className="due-table__waiver">
                    By {i.waiver.by} on {formatDateTime(i.waiver.at)}: {i.waiver.reason}
                  </p>
                )}
              </td>
              <td className="nowrap">{i.metAt ? formatDateTime(i.metAt) : <span className="secondary-text">—</span>}</td>
              <td>
                <span className="nowrap">{i.source}</span>
                <span className="due-table__profile">
                  {i.profileId} v{i.profileVersion}
                </span>
              </td>
              {onWaive && (
                <td>
                  {isOpen(i) && (
                    <Button small variant="secondary" onClick={() => onWaive(i)}>
                      Waive…<span className="visually-hidden"> {i.label}</span>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
