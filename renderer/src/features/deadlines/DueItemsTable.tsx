import type { DueItemView } from '../../../../shared/schemas/standards';
import { formatDateTime } from '../../../../shared/time/format';
import { Button } from '../../ui/Button';
import { DataTable, HiddenHeader } from '../../ui/DataTable';
import { DueStateTag } from './DueStateTag';
import { isOverdue, relativeDue } from './dueText';
import { UrgentTag } from './UrgentTag';
import { PolicySource } from '../../ui/PolicyText';

interface Props {
  caption: string;
  items: readonly DueItemView[];
  now: number;
  /** Given to managers: offers "Waive…" on items still open. */
  onWaive?: (item: DueItemView) => void;
}

const isOpen = (i: DueItemView) => i.state === 'pending' || i.state === 'breached';

/** A profile's id as words: "group-minimum" → "Group minimum" (the words "group-minimum v1" meant nothing to officers). */
const profileWords = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** A case's due items with their state, when met, the rule's source and the profile version. */
export function DueItemsTable({ caption, items, now, onWaive }: Props) {
  return (
    <DataTable
      className="due-table"
      caption={caption}
      rows={items}
      rowKey={(i) => `${i.ruleId}-${i.occurrence}`}
      columns={[
        {
          header: 'What',
          rowHeader: true,
          className: 'due-table__what',
          cell: (i) => (
            <>
              {i.urgent && isOpen(i) && <UrgentTag />} {i.label}
              {i.occurrence > 1 && <span className="secondary-text"> (number {i.occurrence})</span>}
            </>
          ),
        },
        {
          header: 'Due',
          className: 'nowrap',
          cell: (i) => (
            <>
              {formatDateTime(i.dueAt)}
              {isOpen(i) && <span className={isOverdue(i.dueAt, now) ? 'due-when due-when--late' : 'due-when'}>{relativeDue(i.dueAt, now)}</span>}
            </>
          ),
        },
        {
          header: 'State',
          cell: (i) => (
            <>
              <DueStateTag item={i} now={now} />
              {i.waiver && (
                <p className="due-table__waiver">
                  By {i.waiver.by} on {formatDateTime(i.waiver.at)}: {i.waiver.reason}
                </p>
              )}
            </>
          ),
        },
        { header: 'Met', className: 'nowrap', cell: (i) => (i.metAt ? formatDateTime(i.metAt) : <span className="secondary-text">—</span>) },
        {
          header: 'Standard',
          cell: (i) => (
            <>
              <PolicySource source={i.source} />
              <span className="due-table__profile">
                {profileWords(i.profileId)}, version {i.profileVersion}
              </span>
            </>
          ),
        },
        onWaive && {
          header: <HiddenHeader>Actions</HiddenHeader>,
          cell: (i) =>
            isOpen(i) && (
              <Button small variant="secondary" onClick={() => onWaive(i)}>
                Waive…<span className="visually-hidden"> {i.label}</span>
              </Button>
            ),
        },
      ]}
    />
  );
}
