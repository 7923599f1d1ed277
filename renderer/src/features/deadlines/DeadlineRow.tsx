import type { DashboardView } from '../../../../shared/schemas/standards';
import { formatDateTime } from '../../../../shared/format/dates';
import { Button } from '../../components/Button';
import { isOverdue, relativeDue } from './dueText';
import { RecordFactButton } from './RecordFactButton';
import { UrgentTag } from './UrgentTag';

export type DashboardLine = DashboardView['overdue'][number];

interface Props {
  line: DashboardLine;
  now: number;
  canWaive: boolean;
  onRecorded: (message: string) => void;
  onWaive: (line: DashboardLine) => void;
}

/** One due item: the case, what to do, when, whose. A restricted case shows only its reference and time. */
export function DeadlineRow({ line, now, canWaive, onRecorded, onWaive }: Props) {
  const late = isOverdue(line.dueAt, now);
  const actions = !line.restricted && (
    <div className="row-actions due-row__actions">
      <RecordFactButton caseId={line.caseId} caseRef={line.ref} ruleId={line.ruleId} onRecorded={onRecorded} />
      {canWaive && (
        <Button small variant="secondary" onClick={() => onWaive(line)}>
          Waive…<span className="visually-hidden"> {line.label} on case {line.ref}</span>
        </Button>
      )}
    </div>
  );
  return (
    <tr className={line.urgent ? 'due-row due-row--urgent' : 'due-row'}>
      <th scope="row" className="nowrap">
        <a href={`#/cases/${line.caseId}`}>{line.ref}</a>
        {line.restricted && <span className="tag due-row__restricted">Restricted</span>}
      </th>
      <td>
        <p className="due-row__what">
          {line.urgent && <UrgentTag />} {line.restricted ? <span className="secondary-text">Open the case to see what is due.</span> : line.label}
        </p>
        {actions}
      </td>
      <td className="nowrap">
        {formatDateTime(line.dueAt)}
        <span className={late ? 'due-when due-when--late' : 'due-when'}>{relativeDue(line.dueAt, now)}</span>
      </td>
      <td className="nowrap">{line.restricted ? '' : (line.ownerName ?? <span className="secondary-text">Not assigned</span>)}</td>
    </tr>
  );
}
