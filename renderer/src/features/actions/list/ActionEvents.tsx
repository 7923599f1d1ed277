import { formatDateTime } from '../../../../../shared/time/format';
import type { ActionView } from '../../../../../shared/schemas/actions';
import { EVENT_LABELS } from '../labels';

/** Hearings, reviews, breaches and outcomes of one action, oldest first. */
export function ActionEvents({ events }: { events: ActionView['events'] }) {
  if (!events.length) return null;
  return (
    <ol className="action-events" aria-label="What has happened since">
      {events.map((e) => (
        <li key={e.id}>
          <span className="action-events__when">{formatDateTime(e.at)}</span>
          <span>
            <strong>{EVENT_LABELS[e.kind] ?? e.kind}</strong>
            {e.proven && <span className="tag tag--error action-events__tag">Proven</span>}
            {`: ${e.summary}`}
            {e.nextHearingAt && <span className="action-events__next">Next hearing {formatDateTime(e.nextHearingAt)}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
